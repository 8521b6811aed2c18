package com.transcriptviewer.analytics;

import java.time.LocalDate;

/** One day's calls, definition problems and results reporting an error, for the trend chart. */
public record DayFigures(LocalDate day, long calls, long problems, long errors) {}
