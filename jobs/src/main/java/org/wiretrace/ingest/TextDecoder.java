package org.wiretrace.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text file into a string, or says why it cannot. UTF-8 (with or without BOM) and UTF-16 with a
 * BOM are decoded as such; a byte that is not valid UTF-8 is read as Windows-1252, the usual encoding of Western
 * news text that is not UTF-8, so a Latin-1 file and a UTF-8 file with one stray Latin-1 byte both come out right.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Share of control bytes above which a file is binary, not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;
  private static final Pattern C0_CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F]");
  private static final Pattern C0_CONTROLS_AND_DELETE = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");

  /** A decoded text, or a reject reason (one of {@link RejectsTable}'s codes) with a detail. */
  public record Decoded(String text, String reason, String detail) {
    static Decoded rejected(String reason, String detail) {
      return new Decoded(null, reason, detail);
    }

    public boolean ok() {
      return reason == null;
    }
  }

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      return Decoded.rejected(RejectsTable.EMPTY, "0 bytes");
    }
    String text;
    if (startsWith(bytes, 0xFF, 0xFE)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else {
      int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      int[] counts = controls(bytes, start);
      Decoded verdict = verdict(counts[0], counts[1], bytes.length - start, "bytes");
      if (verdict != null) {
        return verdict;
      }
      text = utf8WithFallback(bytes, start);
    }
    // Stray NULs and other C0 controls in otherwise good text carry nothing: drop them.
    text = C0_CONTROLS_AND_DELETE.matcher(text).replaceAll("");
    if (text.isBlank()) {
      return Decoded.rejected(RejectsTable.EMPTY, "whitespace only");
    }
    return new Decoded(text, null, null);
  }

  /**
   * A text read from a field of a record (CSV cell, JSON string, Parquet value) rather than from a file: the same
   * verdicts on its characters as {@link #decode} gives on a file's bytes. Over 5% NUL or other C0 control characters
   * (tab, line ends and form feed aside) reject it as {@code nul_bytes} or {@code binary}; fewer are dropped.
   */
  public static Decoded clean(String text) {
    int nul = 0;
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        nul++;
      } else if (isControl(c)) {
        control++;
      }
    }
    if (nul + control == 0) {
      return new Decoded(text, null, null);
    }
    Decoded verdict = verdict(nul, control, text.length(), "characters");
    return verdict != null ? verdict : new Decoded(withoutControls(text), null, null);
  }

  /** The text without NUL and other C0 control characters (tab, line ends and form feed aside); null stays null. */
  public static String withoutControls(String text) {
    return text == null ? null : C0_CONTROLS.matcher(text).replaceAll("");
  }

  /**
   * UTF-8 with each malformed sequence read as Windows-1252 (see the class comment), no verdicts: for the fields of a
   * record, whose bytes a CSV or JSON Lines reader has already cut out of the file.
   */
  public static String utf8(byte[] bytes) {
    return utf8WithFallback(bytes, 0);
  }

  /** NUL bytes and other control bytes (tab, line ends and form feed aside) from {@code start}. */
  private static int[] controls(byte[] bytes, int start) {
    int nul = 0;
    int control = 0;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        nul++;
      } else if (isControl((char) b)) {
        control++;
      }
    }
    return new int[] {nul, control};
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }

  /** Binary data is rejected, NUL-ridden text separately from other binary data; null when it reads as text. */
  private static Decoded verdict(int nul, int control, int n, String unit) {
    if (nul + control > n * MAX_CONTROL_SHARE) {
      boolean printableOtherwise = control <= n * 0.01;
      return printableOtherwise && nul > 0
          ? Decoded.rejected(RejectsTable.NUL_BYTES, nul + " NUL " + unit + " in " + n)
          : Decoded.rejected(RejectsTable.BINARY, (nul + control) + " control " + unit + " in " + n);
    }
    return null;
  }

  private static String utf8WithFallback(byte[] bytes, int start) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    while (true) {
      CoderResult result = utf8.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      // A malformed sequence: read its bytes as Windows-1252 and go on after it.
      byte[] bad = new byte[result.length()];
      in.get(bad);
      out.put(new String(bad, WINDOWS_1252));
    }
    utf8.flush(out);
    out.flip();
    return out.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
