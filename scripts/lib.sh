# Shared by the scripts: where the job jar, the tools jar and their classpaths are, the JVM flags Spark needs, and the
# build steps.
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
WIRETRACE_JAR="$ROOT/jobs/target/wiretrace-jobs.jar"
WIRETRACE_CLASSPATH="$ROOT/jobs/target/classpath.txt"
# The benchmark, evaluation and comparison tools (module tools/): run beside the job jar, never inside it.
WIRETRACE_TOOLS_JAR="$ROOT/tools/target/wiretrace-tools.jar"
WIRETRACE_TOOLS_CLASSPATH="$ROOT/tools/target/classpath.txt"
# What spark-submit adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions); the pom's argLine has the same.
# Its --add-modules=jdk.incubator.vector is left to the tools (MLlib's BLAS uses it): the job does not, and the JVM
# would print a warning on every run.
SPARK_JVM_OPTIONS=(
  -XX:+IgnoreUnrecognizedVMOptions
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
# The tools' JVMs (wiretrace_tool, scripts/bench) add the module MLlib's BLAS uses.
TOOL_JVM_OPTIONS=("${SPARK_JVM_OPTIONS[@]}" --add-modules=jdk.incubator.vector)

# True when JAR or CLASSPATH is missing, or a source or pom of the MODULES (or the parent pom) is newer than JAR:
#   wiretrace_stale JAR CLASSPATH MODULE...
wiretrace_stale() {
  local jar="$1" classpath="$2" module newer=("$ROOT/pom.xml")
  shift 2
  [ -f "$jar" ] && [ -f "$classpath" ] || return 0
  for module in "$@"; do newer+=("$ROOT/$module/src/main" "$ROOT/$module/pom.xml"); done
  [ -n "$(find "${newer[@]}" -newer "$jar" -print -quit)" ]
}

# Builds the job jar when it is missing or a source or pom is newer; jobs/pom.xml writes its runtime classpath
# (compile scope, which includes the provided Spark and Hadoop jars) beside it.
wiretrace_build() {
  if wiretrace_stale "$WIRETRACE_JAR" "$WIRETRACE_CLASSPATH" jobs; then
    echo "wiretrace: building the job jar (first run downloads dependencies)..." >&2
    "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" -pl jobs -DskipTests package >&2
  fi
}

# Builds the job jar and the tools jar (with its classpath, tools/target/classpath.txt) when either is missing or
# a source or pom they are built from is newer.
wiretrace_tools_build() {
  if wiretrace_stale "$WIRETRACE_JAR" "$WIRETRACE_CLASSPATH" jobs \
     || wiretrace_stale "$WIRETRACE_TOOLS_JAR" "$WIRETRACE_TOOLS_CLASSPATH" jobs tools; then
    echo "wiretrace: building the job and tools jars (first run downloads dependencies)..." >&2
    "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" -pl jobs,tools -DskipTests package >&2
  fi
}

# The classpath of a tool: the tools jar, the job jar, and Spark (with MLlib) and the rest from the Maven classpath.
wiretrace_tools_classpath() {
  echo "$WIRETRACE_TOOLS_JAR:$WIRETRACE_JAR:$(cat "$WIRETRACE_TOOLS_CLASSPATH")"
}

# Runs a main class of the tools jar (org.wiretrace.tools.*) with Spark from the Maven classpath:
#   wiretrace_tool HEAP CLASS ARGS...
wiretrace_tool() {
  local heap="$1"; shift
  SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" java -Xmx"$heap" "${TOOL_JVM_OPTIONS[@]}" \
    -Dlog4j.configurationFile="$ROOT/scripts/log4j2.properties" \
    -cp "$(wiretrace_tools_classpath)" "$@"
}

# The bytes a `run` ingests, when it ingests (no --stages, or one that lists ingest) local --input paths only (the
# seeds when none is given), symbolic links followed (a folder of links to the files is as large as the files); fails
# otherwise. A run of later stages alone says nothing of the corpus's size:
#   wiretrace_ingest_bytes RUN_ARGS...
wiretrace_ingest_bytes() {
  local inputs=() stages=ingest total=0 path bytes
  while [ $# -gt 0 ]; do
    case "$1" in
      --input) inputs+=("${2:-}"); shift ;;
      --input=*) inputs+=("${1#--input=}") ;;
      --stages) stages="${2:-}"; shift ;;
      --stages=*) stages="${1#--stages=}" ;;
    esac
    shift
  done
  case ",$stages," in *,ingest,*) ;; *) return 1 ;; esac
  [ ${#inputs[@]} -gt 0 ] || inputs=(seeds)
  for path in "${inputs[@]}"; do
    case "$path" in file:*) path="${path#file:}" ;; *://*) return 1 ;; esac
    bytes=$(du -sbL "$path" 2>/dev/null | cut -f1) && [ -n "$bytes" ] || return 1
    total=$((total + bytes))
  done
  echo "$total"
}
