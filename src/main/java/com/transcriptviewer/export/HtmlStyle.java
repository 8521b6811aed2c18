package com.transcriptviewer.export;

/**
 * The exported page's look: the app's Primer colours per role, light by default and dark when the reader's system
 * prefers it, in one inline style sheet (the page loads nothing from anywhere), and the role icons as inline SVG
 * symbols (Material Design shapes, as in the app).
 */
public final class HtmlStyle {

    private HtmlStyle() {}

    public static final String CSS = """
            :root {
              color-scheme: light dark;
              --bg: #ffffff; --bg-subtle: #f6f8fa; --bg-inset: #f6f8fa; --border: #d0d7de;
              --fg: #24292f; --fg-muted: #57606a; --fg-subtle: #6e7781;
              --accent-fg: #0969da; --accent-subtle: #ddf4ff; --accent-muted: rgba(84, 174, 255, 0.4);
              --success-fg: #1a7f37; --success-subtle: #dafbe1; --success-muted: rgba(74, 194, 107, 0.4);
              --warning-fg: #9a6700; --warning-emphasis: #bf8700; --warning-muted: rgba(212, 167, 44, 0.4);
              --warning-subtle: #fff8c5;
              --danger-fg: #cf222e; --danger-subtle: #ffebe9; --danger-muted: rgba(255, 129, 130, 0.4);
              --neutral-subtle: rgba(234, 238, 242, 0.5);
            }
            @media (prefers-color-scheme: dark) {
              :root {
                --bg: #0d1117; --bg-subtle: #161b22; --bg-inset: #010409; --border: #30363d;
                --fg: #c9d1d9; --fg-muted: #8b949e; --fg-subtle: #6e7681;
                --accent-fg: #58a6ff; --accent-subtle: rgba(56, 139, 253, 0.15); --accent-muted: rgba(56, 139, 253, 0.4);
                --success-fg: #3fb950; --success-subtle: rgba(46, 160, 67, 0.15); --success-muted: rgba(46, 160, 67, 0.4);
                --warning-fg: #d29922; --warning-emphasis: #9e6a03; --warning-muted: rgba(187, 128, 9, 0.4);
                --warning-subtle: rgba(187, 128, 9, 0.15);
                --danger-fg: #f85149; --danger-subtle: rgba(248, 81, 73, 0.15); --danger-muted: rgba(248, 81, 73, 0.4);
                --neutral-subtle: rgba(110, 118, 129, 0.1);
              }
            }
            * { box-sizing: border-box; }
            body {
              margin: 0; background: var(--bg); color: var(--fg);
              font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
            }
            code, pre, .preview { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
            svg.defs { display: none; }
            .icon { width: 1.15em; height: 1.15em; fill: currentColor; flex: none; vertical-align: -0.2em; }
            header.conversation, main.transcript, footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
            header.conversation { padding-top: 1.4rem; padding-bottom: 0.8rem; border-bottom: 1px solid var(--border); }
            header.conversation h1 { margin: 0 0 0.5rem; font-size: 1.45rem; line-height: 1.25; overflow-wrap: anywhere; }
            .facts { display: flex; flex-wrap: wrap; gap: 0.3rem 1.6rem; margin: 0; color: var(--fg-muted); font-size: 0.9em; }
            .facts div { display: flex; gap: 0.4em; min-width: 0; }
            .facts dt { font-weight: 600; }
            .facts dt::after { content: ":"; }
            .facts dd { margin: 0; color: var(--fg); overflow-wrap: anywhere; }
            main.transcript { display: flex; flex-direction: column; gap: 0.6rem; padding-top: 1rem; padding-bottom: 1rem; }
            .bubble {
              max-width: 80%; min-width: 12rem; padding: 0.5em 0.8em 0.6em; border: 1px solid var(--border);
              border-radius: 0.8em; background: var(--bg-subtle); display: flex; flex-direction: column; gap: 0.35em;
            }
            .bubble.assistant { align-self: flex-start; background: var(--accent-subtle); border-color: var(--accent-muted); }
            .bubble.user { align-self: flex-end; background: var(--success-subtle); border-color: var(--success-muted); }
            .bubble.tool {
              align-self: stretch; max-width: none; border-radius: 0.4em; border-left: 0.3em solid var(--warning-emphasis);
              border-color: var(--warning-muted) var(--border) var(--border) var(--warning-emphasis);
            }
            .bubble.unknown { align-self: flex-start; background: var(--neutral-subtle); border-style: dashed; }
            .bubble-header { display: flex; align-items: center; gap: 0.4em; }
            .role-label { font-weight: 700; }
            .role-icon { color: var(--fg-muted); }
            .assistant .role-label, .assistant .role-icon { color: var(--accent-fg); }
            .user .role-label, .user .role-icon { color: var(--success-fg); }
            .tool .role-label, .tool .role-icon { color: var(--warning-fg); }
            .unknown .role-label { color: var(--fg-muted); }
            .fill { flex: 1; }
            .bubble-header time, .offset { color: var(--fg-muted); font-size: 0.85em; white-space: nowrap; }
            .offset { font-variant-numeric: tabular-nums; }
            .result-label { color: var(--fg-muted); font-size: 0.85em; }
            .text { white-space: pre-wrap; overflow-wrap: anywhere; }
            .tool-card { background: var(--bg); border: 1px solid var(--border); border-radius: 0.5em; }
            .tool-card > summary {
              display: flex; align-items: center; gap: 0.45em; padding: 0.35em 0.6em; cursor: pointer; list-style: none;
              min-width: 0;
            }
            .tool-card > summary::-webkit-details-marker { display: none; }
            .tool-card > summary::before { content: "\\25B8"; color: var(--fg-muted); width: 0.8em; flex: none; }
            .tool-card[open] > summary::before { content: "\\25BE"; }
            .tool-card .tool-icon { color: var(--accent-fg); }
            .function-name { font-weight: 700; white-space: nowrap; }
            .preview {
              flex: 1; min-width: 0; color: var(--fg-muted); font-size: 0.9em;
              white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
            }
            .call-id { color: var(--fg-subtle); font-size: 0.8em; white-space: nowrap; }
            .card-body { padding: 0 0.6em 0.5em; display: flex; flex-direction: column; gap: 0.35em; }
            .size { color: var(--fg-muted); font-size: 0.85em; }
            pre.json, pre.raw {
              margin: 0; padding: 0.4em 0.6em; border-radius: 0.3em; background: var(--bg-inset); font-size: 0.88em;
              white-space: pre-wrap; overflow-wrap: anywhere;
            }
            .bubble.tool pre.json { background: var(--bg); border: 1px solid var(--border); }
            pre .k { color: var(--accent-fg); }
            pre .s { color: var(--success-fg); }
            pre .n { color: var(--warning-fg); }
            pre .l { color: var(--danger-fg); }
            pre .p { color: var(--fg-muted); }
            .badge {
              align-self: flex-start; font-size: 0.8em; padding: 0.1em 0.6em; border-radius: 1em;
              background: var(--danger-subtle); border: 1px solid var(--danger-muted); color: var(--danger-fg);
            }
            details.metadata { font-size: 0.85em; color: var(--fg-muted); }
            details.metadata > summary { cursor: pointer; }
            details.metadata dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 0.8em; margin: 0.3em 0 0; }
            details.metadata dt { font-weight: 600; }
            details.metadata dd { margin: 0; color: var(--fg); overflow-wrap: anywhere; }
            section.insights {
              max-width: 62rem; margin: 0 auto; padding: 1rem 1rem 0.2rem; display: flex; flex-direction: column;
              gap: 0.6rem;
            }
            section.insights h2 { margin: 0; font-size: 1.1rem; }
            .insights-state { margin: 0; color: var(--fg-muted); }
            .insight {
              padding: 0.5em 0.8em 0.6em; border: 1px solid var(--border); border-radius: 0.5em;
              background: var(--bg-subtle); display: flex; flex-direction: column; gap: 0.35em;
            }
            .insight-head { display: flex; align-items: center; flex-wrap: wrap; gap: 0.3em 0.6em; }
            .insight-head h3 { margin: 0; font-size: 1em; overflow-wrap: anywhere; }
            .insight-head time { margin-left: auto; color: var(--fg-muted); font-size: 0.85em; white-space: nowrap; }
            dl.fields { display: grid; grid-template-columns: minmax(6em, max-content) 1fr; gap: 0.15em 0.9em; margin: 0; }
            dl.fields dt { color: var(--fg-muted); font-weight: 600; overflow-wrap: anywhere; }
            dl.fields dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
            .status, .check {
              flex: none; font-size: 0.8em; padding: 0.05em 0.6em; border-radius: 1em; white-space: nowrap;
              color: var(--fg-muted); background: var(--neutral-subtle); border: 1px solid var(--border);
            }
            .status.completed, .check.ok {
              color: var(--success-fg); background: var(--success-subtle); border-color: var(--success-muted);
            }
            .status.pending, .status.in-progress {
              color: var(--warning-fg); background: var(--warning-subtle); border-color: var(--warning-muted);
            }
            .status.failed, .check.problem {
              color: var(--danger-fg); background: var(--danger-subtle); border-color: var(--danger-muted);
            }
            .check-problems { margin: 0; padding-left: 1.4em; color: var(--danger-fg); font-size: 0.9em; }
            .check-problems code { color: var(--fg); }
            .check-problems li.unchecked { color: var(--fg-muted); list-style: none; margin-left: -1.4em; }
            section.review {
              max-width: 62rem; margin: 0 auto; padding: 1rem 1rem 0.2rem; display: flex; flex-direction: column;
              gap: 0.6rem;
            }
            section.review h2 { margin: 0; font-size: 1.1rem; }
            .review-state { margin: 0; color: var(--fg-muted); }
            .review-entry {
              padding: 0.5em 0.8em 0.6em; border: 1px solid var(--border); border-radius: 0.5em;
              background: var(--bg-subtle); display: flex; flex-direction: column; gap: 0.35em;
            }
            .review-head { display: flex; align-items: center; flex-wrap: wrap; gap: 0.3em 0.6em; }
            .review-head .reviewer { font-weight: 600; overflow-wrap: anywhere; }
            .review-head time { color: var(--fg-muted); font-size: 0.85em; white-space: nowrap; }
            .review-about { font-size: 0.85em; overflow-wrap: anywhere; }
            .verdict {
              flex: none; font-size: 0.8em; font-weight: 600; padding: 0.05em 0.6em; border-radius: 1em;
              white-space: nowrap; color: var(--fg-muted); background: var(--neutral-subtle); border: 1px solid var(--border);
            }
            .verdict.correct { color: var(--success-fg); background: var(--success-subtle); border-color: var(--success-muted); }
            .verdict.wrong { color: var(--danger-fg); background: var(--danger-subtle); border-color: var(--danger-muted); }
            .verdict.unsure { color: var(--warning-fg); background: var(--warning-subtle); border-color: var(--warning-muted); }
            ul.labels { display: flex; flex-wrap: wrap; gap: 0.3em; margin: 0; padding: 0; list-style: none; }
            ul.labels li {
              font-size: 0.8em; padding: 0.05em 0.6em; border-radius: 1em; background: var(--accent-subtle);
              border: 1px solid var(--accent-muted); color: var(--accent-fg); overflow-wrap: anywhere;
            }
            .review-note { white-space: pre-wrap; overflow-wrap: anywhere; }
            ul.call-reviews {
              margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 0.3em; font-size: 0.9em;
            }
            ul.call-reviews li {
              padding: 0.3em 0.6em; border-left: 0.2em solid var(--border); display: flex; flex-direction: column;
              gap: 0.2em;
            }
            ul.call-reviews .review-note { color: var(--fg); }
            .end { text-align: center; color: var(--fg-muted); font-size: 0.9em; margin: 0.8rem 0; }
            footer { color: var(--fg-subtle); font-size: 0.8em; padding-bottom: 1.5rem; }
            @media print {
              .bubble { break-inside: avoid; }
            }
            """;

    /** Inline SVG symbols, referenced by {@code <use href="#i-...">}: nothing is fetched. */
    public static final String ICONS = "<svg class=\"defs\" aria-hidden=\"true\">"
            + symbol(
                    "i-assistant",
                    "M12,2A2,2 0 0,1 14,4C14,4.74 13.6,5.39 13,5.73V7H14A7,7 0 0,1 21,14H22A1,1 0 0,1 "
                            + "23,15V18A1,1 0 0,1 22,19H21V20A2,2 0 0,1 19,22H5A2,2 0 0,1 3,20V19H2A1,1 0 0,1 1,18V15A1,1 0 "
                            + "0,1 2,14H3A7,7 0 0,1 10,7H11V5.73C10.4,5.39 10,4.74 10,4A2,2 0 0,1 12,2M7.5,13A2.5,2.5 0 0,0 "
                            + "5,15.5A2.5,2.5 0 0,0 7.5,18A2.5,2.5 0 0,0 10,15.5A2.5,2.5 0 0,0 7.5,13M16.5,13A2.5,2.5 0 0,0 "
                            + "14,15.5A2.5,2.5 0 0,0 16.5,18A2.5,2.5 0 0,0 19,15.5A2.5,2.5 0 0,0 16.5,13Z")
            + symbol(
                    "i-user",
                    "M12,4A4,4 0 0,1 16,8A4,4 0 0,1 12,12A4,4 0 0,1 8,8A4,4 0 0,1 12,4M12,14C16.42,14 "
                            + "20,15.79 20,18V20H4V18C4,15.79 7.58,14 12,14Z")
            + symbol(
                    "i-tool",
                    "M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,"
                            + "7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,"
                            + "20.4C23.1,20 23.1,19.3 22.7,19Z")
            + symbol(
                    "i-unknown",
                    "M15.07,11.25L14.17,12.17C13.45,12.89 13,13.5 13,15H11V14.5C11,13.39 11.45,12.39 "
                            + "12.17,11.67L13.41,10.41C13.78,10.05 14,9.55 14,9C14,7.89 13.1,7 12,7A2,2 0 0,0 10,9H8A4,4 0 0,"
                            + "1 12,5A4,4 0 0,1 16,9C16,9.88 15.64,10.67 15.07,11.25M13,19H11V17H13M12,2A10,10 0 0,0 2,12A10,"
                            + "10 0 0,0 12,22A10,10 0 0,0 22,12C22,6.47 17.5,2 12,2Z")
            + symbol(
                    "i-call",
                    "M8,3A2,2 0 0,0 6,5V9A2,2 0 0,1 4,11H3V13H4A2,2 0 0,1 6,15V19A2,2 0 0,0 8,21H10V19H8V"
                            + "14A2,2 0 0,0 6,12A2,2 0 0,0 8,10V5H10V3M16,3A2,2 0 0,1 18,5V9A2,2 0 0,0 20,11H21V13H20A2,2 0 0,"
                            + "0 18,15V19A2,2 0 0,1 16,21H14V19H16V14A2,2 0 0,1 18,12A2,2 0 0,1 16,10V5H14V3H16Z")
            + "</svg>\n";

    private static String symbol(String id, String path) {
        return "<symbol id=\"" + id + "\" viewBox=\"0 0 24 24\"><path d=\"" + path + "\"/></symbol>";
    }
}
