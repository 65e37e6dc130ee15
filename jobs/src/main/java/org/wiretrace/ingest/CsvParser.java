package org.wiretrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 records from a stream of bytes, one at a time: fields separated by commas, records by CRLF, LF or CR. A
 * field that starts with a double quote may hold commas, line ends (CRLF read as LF, as Spark's CSV reader does) and
 * doubled quotes; a quote elsewhere is a character like any other. The structural characters are ASCII, so fields are
 * cut out of the bytes before any decoding and each is decoded on its own ({@link TextDecoder#utf8}). A UTF-8
 * byte-order mark at the start is skipped; a blank line is no record.
 */
final class CsvParser {
  /** What went wrong with a record, if anything. */
  enum Problem { NONE, UNCLOSED_QUOTE, TOO_LARGE }

  /** One record: its fields (null for an empty one) and the bytes it starts with (for a reject's detail). */
  record Record(List<byte[]> fields, byte[] head, Problem problem) {}

  private static final int EOF = -1;
  private static final int HEAD_BYTES = 4 * JsonLines.EXCERPT;

  private final InputStream in;
  private final long maxRecordBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long bytesRead;
  /** The first bytes of the record being read. */
  private final Bytes head = new Bytes();
  /** The field being read. */
  private final Bytes field = new Bytes();

  /** Records over {@code maxRecordBytes} are read to their end but their fields are not kept. */
  CsvParser(InputStream in, long maxRecordBytes) {
    this.in = in;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** Bytes read so far: 0 after the first {@link #next} means the input is empty. */
  long bytesRead() {
    return bytesRead;
  }

  /** The next record, or null at the end of the input. */
  Record next() {
    if (bytesRead == 0) {
      skipByteOrderMark();
    }
    while (peek() == '\n' || peek() == '\r') {
      read();
    }
    if (peek() == EOF) {
      return null;
    }
    head.clear();
    List<byte[]> fields = new ArrayList<>();
    field.clear();
    long size = 0;
    while (true) {
      if (peek() == '"') {
        read();
        while (true) {
          int c = read();
          if (c == EOF) {
            fields.add(field.toArray());
            return record(fields, size > maxRecordBytes ? Problem.TOO_LARGE : Problem.UNCLOSED_QUOTE);
          }
          if (c == '"') {
            if (peek() != '"') {
              break;
            }
            read();
          } else if (c == '\r' && peek() == '\n') {
            read();
            c = '\n';
          }
          if (++size <= maxRecordBytes) {
            field.add(c);
          }
        }
        if (!endsField(peek())) {
          // A closing quote followed by other characters: it and they are part of the field.
          size++;
          field.add('"');
        }
      }
      while (!endsField(peek())) {
        int c = read();
        if (++size <= maxRecordBytes) {
          field.add(c);
        }
      }
      fields.add(field.toArray());
      field.clear();
      int end = read();
      if (end != ',') {
        if (end == '\r' && peek() == '\n') {
          read();
        }
        return record(fields, size > maxRecordBytes ? Problem.TOO_LARGE : Problem.NONE);
      }
    }
  }

  private static boolean endsField(int b) {
    return b == ',' || b == '\n' || b == '\r' || b == EOF;
  }

  private Record record(List<byte[]> fields, Problem problem) {
    List<byte[]> kept = new ArrayList<>(fields.size());
    for (byte[] value : fields) {
      kept.add(problem == Problem.TOO_LARGE || value.length == 0 ? null : value);
    }
    return new Record(kept, head.toArray(), problem);
  }

  private void skipByteOrderMark() {
    fill();
    if (limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
        && (buffer[position + 2] & 0xFF) == 0xBF) {
      position += 3;
      bytesRead += 3;
    }
  }

  private int read() {
    int b = peek();
    if (b != EOF) {
      position++;
      bytesRead++;
      if (head.length < HEAD_BYTES) {
        head.add(b);
      }
    }
    return b;
  }

  private int peek() {
    if (position == limit) {
      fill();
    }
    return position == limit ? EOF : buffer[position] & 0xFF;
  }

  /** Reads more input if fewer than 3 bytes are buffered (a byte-order mark is looked at whole). */
  private void fill() {
    if (limit - position >= 3) {
      return;
    }
    System.arraycopy(buffer, position, buffer, 0, limit - position);
    limit -= position;
    position = 0;
    try {
      int n;
      while (limit < 3 && (n = in.read(buffer, limit, buffer.length - limit)) > 0) {
        limit += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A growing byte array (ByteArrayOutputStream synchronizes every byte). */
  private static final class Bytes {
    private byte[] bytes = new byte[256];
    private int length;

    void add(int b) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[length++] = (byte) b;
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, length);
    }

    void clear() {
      length = 0;
      if (bytes.length > 1 << 20) {
        bytes = new byte[256];
      }
    }
  }
}
