package com.transcriptviewer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeFormatTest {

    @Test
    void bytesUseBinaryUnitsWithOneDecimal() {
        assertThat(SizeFormat.bytes(0)).isEqualTo("0 B");
        assertThat(SizeFormat.bytes(1023)).isEqualTo("1023 B");
        assertThat(SizeFormat.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(SizeFormat.bytes(2L * 1024 * 1024)).isEqualTo("2.0 MB");
        assertThat(SizeFormat.bytes(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
    }

    @Test
    void countsAreGroupedWithCommas() {
        assertThat(SizeFormat.count(1204)).isEqualTo("1,204");
        assertThat(SizeFormat.count(7)).isEqualTo("7");
        assertThat(SizeFormat.count(1_000_000)).isEqualTo("1,000,000");
    }

    @Test
    void textSizeCountsUtf8Bytes() {
        assertThat(SizeFormat.textSize("abc")).isEqualTo("3 B");
        assertThat(SizeFormat.textSize("é😀")).isEqualTo("6 B");
        assertThat(SizeFormat.textSize("x".repeat(2 * 1024 * 1024))).isEqualTo("2.0 MB");
    }
}
