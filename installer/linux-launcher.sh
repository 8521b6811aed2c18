#!/bin/bash
# Starts Transcript Viewer on its bundled Java runtime with the main class, class path and Java options of the
# launcher's configuration ("Transcript Viewer.cfg" beside this script, written by jpackage). The menu entry runs
# this script: jpackage's own launcher (bin/Transcript Viewer) first asks rpm and then dpkg which package owns it,
# on every start, which takes from a fifth of a second to a second before Java even starts.
# Paths by parameter expansion rather than dirname: no extra processes before Java starts.
script=$(readlink -f "${BASH_SOURCE[0]}")
app_dir=${script%/*}
runtime_dir=${app_dir%/app}/runtime
main_class=
class_path=
java_options=()
while IFS= read -r line; do
    value=${line#*=}
    value=${value//\$APPDIR/$app_dir}
    case $line in
        app.mainclass=*) main_class=$value ;;
        app.classpath=*) class_path=${class_path:+$class_path:}$value ;;
        java-options=*) java_options+=("$value") ;;
    esac
done < "$app_dir/Transcript Viewer.cfg"
exec "$runtime_dir/bin/java" "${java_options[@]}" -cp "$class_path" "$main_class" "$@"
