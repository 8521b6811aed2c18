package com.transcriptviewer.about;

/** One library shipped with the app: its Maven coordinates ({@code group:artifact}), version, name and licence. */
public record Library(String coordinates, String version, String name, String licence) {}
