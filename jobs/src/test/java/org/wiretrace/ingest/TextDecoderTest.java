package org.wiretrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String text(byte[] input) {
    TextDecoder.Decoded decoded = TextDecoder.decode(input);
    assertNull(decoded.reason(), () -> "rejected: " + decoded.reason() + " " + decoded.detail());
    return decoded.text();
  }

  @Test
  void utf8IsReadAsUtf8() {
    assertEquals("Zürich – “talks”", text("Zürich – “talks”".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() {
    assertEquals("Geneva", text(concat(bytes(0xEF, 0xBB, 0xBF), "Geneva".getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void utf16WithAByteOrderMarkIsDecodedInEitherByteOrder() {
    assertEquals("Hé", text(bytes(0xFF, 0xFE, 'H', 0, 0xE9, 0)));
    assertEquals("Hé", text(bytes(0xFE, 0xFF, 0, 'H', 0, 0xE9)));
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252() {
    // Latin-1 "café" (E9), Windows-1252 curly quotes (93, 94) and euro sign (80).
    assertEquals("café “chic” 5€", text(bytes('c', 'a', 'f', 0xE9, ' ', 0x93, 'c', 'h', 'i', 'c', 0x94, ' ', '5', 0x80)));
  }

  @Test
  void oneStrayLatin1ByteInUtf8TextLeavesTheRestAsUtf8() {
    byte[] input = concat("Genève – ".getBytes(StandardCharsets.UTF_8), bytes('s', 0xE9, 'a', 'n', 'c', 'e'));
    assertEquals("Genève – séance", text(input));
  }

  @Test
  void aUtf8SequenceCutShortAtTheEndIsReadAsWindows1252() {
    // E2 80 is the start of a three-byte sequence (e.g. an en dash) with its last byte missing.
    assertEquals("end\u00e2\u20ac", text(bytes('e', 'n', 'd', 0xE2, 0x80)));
  }

  @Test
  void emptyAndBlankFilesAreRejectedAsEmpty() {
    assertEquals(RejectsTable.EMPTY, TextDecoder.decode(new byte[0]).reason());
    assertEquals(RejectsTable.EMPTY, TextDecoder.decode(" \n\t\r\n ".getBytes(StandardCharsets.US_ASCII)).reason());
    assertEquals(RejectsTable.EMPTY, TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF)).reason());
  }

  @Test
  void binaryDataIsRejectedAsBinary() {
    byte[] input = new byte[256];
    for (int i = 0; i < input.length; i++) {
      input[i] = (byte) i;
    }
    assertEquals(RejectsTable.BINARY, TextDecoder.decode(input).reason());
    // A PNG header: 89 50 4E 47 0D 0A 1A 0A then a chunk length of zeros.
    assertEquals(RejectsTable.BINARY,
        TextDecoder.decode(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0)).reason());
  }

  @Test
  void textWithANulAfterEveryLetterIsRejectedAsNulBytes() {
    // What UTF-16 without a byte order mark looks like when read byte by byte.
    byte[] input = "Lavrov met Blinken".getBytes(StandardCharsets.UTF_16LE);
    TextDecoder.Decoded decoded = TextDecoder.decode(input);
    assertEquals(RejectsTable.NUL_BYTES, decoded.reason());
    assertEquals("18 NUL bytes in 36", decoded.detail());
  }

  @Test
  void aFewStrayControlBytesInLongTextAreDropped() {
    String sentence = "The talks in Geneva lasted about an hour and a half. ";
    byte[] input = concat((sentence + sentence).getBytes(StandardCharsets.US_ASCII), bytes(0, 0x07, 'X'));
    assertEquals(sentence + sentence + "X", text(input));
  }

  @Test
  void tabsNewlinesAndFormFeedsAreKept() {
    assertEquals("a\tb\r\nc\fd", text("a\tb\r\nc\fd".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aFieldsTextGetsTheVerdictsAFilesBytesGet() {
    String sentence = "The talks in Geneva lasted about an hour and a half. ";
    assertEquals(sentence + "X", TextDecoder.clean(sentence + "\u0000\u0007X").text());
    assertEquals("a\tb\r\nc\fd", TextDecoder.clean("a\tb\r\nc\fd").text());
    TextDecoder.Decoded nul = TextDecoder.clean("\u0000".repeat(10) + "hi");
    assertEquals(RejectsTable.NUL_BYTES, nul.reason());
    assertEquals("10 NUL characters in 12", nul.detail());
    TextDecoder.Decoded binary = TextDecoder.clean("\u0001\u0002\u0003\u0004ab");
    assertEquals(RejectsTable.BINARY, binary.reason());
    assertEquals("4 control characters in 6", binary.detail());
  }

  @Test
  void controlsAreDroppedButDeleteAndNonLatinTextStay() {
    assertEquals("TRADE FIGURES \u007F Zürich", TextDecoder.withoutControls("TRADE\u0007 FIGURES \u007F Zürich"));
    assertNull(TextDecoder.withoutControls(null));
  }

  @Test
  void utf8ReadsBadBytesAsWindows1252WithoutVerdicts() {
    assertEquals("café \u0000", TextDecoder.utf8(bytes('c', 'a', 'f', 0xE9, ' ', 0)));
  }
}
