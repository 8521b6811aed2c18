package com.transcriptviewer.api;

import java.time.Duration;

/** What {@link MessagePager#loadAll} handed over: pages (non-empty ones, plus page 1), messages, time taken. */
public record LoadAllResult(int pages, long messages, Duration elapsed) {}
