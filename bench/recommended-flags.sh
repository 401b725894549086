# Sourced by compare.sh, run.sh and startup.sh: README's recommended JVM flags, in one place.
#   recommended_flags JAVA   prints Java 25's set when that JVM has compact object headers, else the general one
general_flags="-XX:+UseSerialGC -Xms16m -Xmx128m -XX:NewRatio=1 -XX:MaxNewSize=64m -XX:TrimNativeHeapInterval=5000"
java25_flags="-XX:+UseSerialGC -XX:+UseCompactObjectHeaders -Xms16m -Xmx104m -XX:NewRatio=1 -XX:MaxNewSize=40m -XX:SurvivorRatio=4 -XX:TrimNativeHeapInterval=5000"
recommended_flags() {
  if "$1" -XX:+UseCompactObjectHeaders -version >/dev/null 2>&1; then echo "$java25_flags"; else echo "$general_flags"; fi
}
