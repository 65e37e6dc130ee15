package org.wiretrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
  @Test
  void modeBitsBecomeTheSamePermissionsAsTheirSymbolicForm() {
    assertEquals(PosixFilePermissions.fromString("rwxr-xr-x"), NioLocalFileSystem.posix(0755));
    assertEquals(PosixFilePermissions.fromString("rw-r--r--"), NioLocalFileSystem.posix(0644));
    assertEquals(PosixFilePermissions.fromString("-w---x-wx"), NioLocalFileSystem.posix(0213));
    assertEquals(PosixFilePermissions.fromString("rwxrwxrwx"), NioLocalFileSystem.posix(01777));
  }

  @Test
  void filesAndFoldersGetTheModeHadoopAsksFor(@TempDir java.nio.file.Path dir) throws Exception {
    Configuration conf = new Configuration();
    conf.set(NioLocalFileSystem.SETTING, NioLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    FileSystem fs = FileSystem.get(URI.create("file:///"), conf);
    assertInstanceOf(NioLocalFileSystem.class, fs);
    Path folder = new Path(dir.toUri().toString(), "a/b");
    fs.mkdirs(folder, new FsPermission((short) 0750));
    try (FSDataOutputStream out = fs.create(new Path(folder, "part-0"))) {
      out.writeBytes("text");
    }
    fs.setPermission(new Path(folder, "part-0"), new FsPermission((short) 0604));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));
    assertEquals("rw----r--",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part-0"))));
    assertEquals("text", Files.readString(dir.resolve("a/b/part-0")));
  }
}
