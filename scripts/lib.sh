# Shared by the scripts: where the job jar and its classpath are, the JVM flags Spark needs, and the build step.
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
WIRETRACE_JAR="$ROOT/jobs/target/wiretrace-jobs.jar"
WIRETRACE_CLASSPATH="$ROOT/jobs/target/classpath.txt"
# What spark-submit adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions); the pom's argLine has the same.
SPARK_JVM_OPTIONS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true
)

# Builds the jar when it is missing or a source or pom is newer, and writes the runtime classpath
# (compile scope, which includes the provided Spark and Hadoop jars) beside it.
wiretrace_build() {
  if [ ! -f "$WIRETRACE_JAR" ] || [ ! -f "$WIRETRACE_CLASSPATH" ] \
     || [ -n "$(find "$ROOT/jobs/src/main" "$ROOT/pom.xml" "$ROOT/jobs/pom.xml" -newer "$WIRETRACE_JAR" -print -quit)" ]; then
    echo "wiretrace: building the job jar (first run downloads dependencies)..." >&2
    "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" -DskipTests package >&2
    "$ROOT/mvnw" -B -q -f "$ROOT/jobs/pom.xml" dependency:build-classpath \
      -Dmdep.includeScope=compile -Dmdep.outputFile="$WIRETRACE_CLASSPATH" >&2
  fi
}

# Runs a main class of the job jar (the benchmark and comparison tools) with Spark from the Maven classpath:
#   wiretrace_java HEAP CLASS ARGS...
wiretrace_java() {
  local heap="$1"; shift
  SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" java -Xmx"$heap" "${SPARK_JVM_OPTIONS[@]}" \
    -Dlog4j.configurationFile="$ROOT/scripts/log4j2.properties" \
    -cp "$WIRETRACE_JAR:$(cat "$WIRETRACE_CLASSPATH")" "$@"
}
