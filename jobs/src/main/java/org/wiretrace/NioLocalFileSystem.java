package org.wiretrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system ({@code file:}), setting permissions through java.nio. Without Hadoop's native library,
 * which the Maven artifacts do not carry, Hadoop starts a {@code chmod} process for every file and folder it creates:
 * about 160 processes in a run over the seeds, each costing more than the file it is for.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  /** The Hadoop setting that picks the class of the {@code file:} scheme. */
  public static final String SETTING = "fs.file.impl";

  public NioLocalFileSystem() {
    super(new Raw());
  }

  private static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
      if (NativeIO.isAvailable()) {
        super.setPermission(path, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(path).toPath(), posix(permission.toShort()));
      } catch (UnsupportedOperationException notPosix) {
        super.setPermission(path, permission);
      }
    }
  }

  /** The nine permission bits of a mode (the sticky and set-id bits have no java.nio form). */
  static Set<PosixFilePermission> posix(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] ownerFirst = PosixFilePermission.values();
    for (int bit = 0; bit < 9; bit++) {
      if ((mode & (1 << bit)) != 0) {
        permissions.add(ownerFirst[8 - bit]);
      }
    }
    return permissions;
  }
}
