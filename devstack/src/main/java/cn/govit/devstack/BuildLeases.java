package cn.govit.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Leases on a detached server: each build that uses it leaves a file named after its process id, and a
 * watchdog stops the server's process group once no holder has been alive for two checks in a row — so
 * a build leaves nothing running, while overlapping builds share one server.
 */
final class BuildLeases {

    private static final String WATCHDOG = """
            leases="$1"; server="$2"; state="$3"; idle=0
            while [ "$idle" -lt 2 ]; do
              sleep 3
              kill -0 "$server" 2>/dev/null || exit 0
              alive=0
              for f in "$leases"/*; do
                [ -e "$f" ] || continue
                if kill -0 "$(basename "$f")" 2>/dev/null; then alive=1; else rm -f "$f"; fi
              done
              if [ "$alive" -eq 1 ]; then idle=0; else idle=$((idle + 1)); fi
            done
            case "$(cat "$state" 2>/dev/null)" in "$server "*) rm -f "$state" ;; esac
            kill -- "-$server" 2>/dev/null || kill "$server" 2>/dev/null
            """;

    private BuildLeases() {
    }

    /**
     * Holds a lease for the build this JVM belongs to: the Maven process among its ancestors (a test JVM
     * ends after each module, the build only at its end), or this JVM when there is none.
     */
    static void holdForThisBuild(Path leases) throws IOException {
        ProcessHandle holder = ProcessHandle.current();
        for (Optional<ProcessHandle> p = holder.parent(); p.isPresent(); p = p.get().parent()) {
            if (p.get().info().commandLine().filter(c -> c.contains("classworlds")).isPresent()) {
                holder = p.get();
                break;
            }
        }
        hold(leases, holder.pid());
    }

    /** Holds a lease for {@code holderPid}, dropping those of builds that ended (a reused pid must not hold one). */
    static void hold(Path leases, long holderPid) throws IOException {
        Files.createDirectories(leases);
        try (Stream<Path> held = Files.list(leases)) {
            for (Path lease : held.toList()) {
                if (ProcessHandle.of(Long.parseLong(lease.getFileName().toString())).isEmpty()) {
                    Files.deleteIfExists(lease);
                }
            }
        }
        Files.writeString(leases.resolve(Long.toString(holderPid)), "");
    }

    /** Starts the watchdog; it also forgets the server's state file if that still names this server. */
    static void stopWhenReleased(Path leases, long serverPid, Path stateFile) throws IOException {
        new ProcessBuilder("setsid", "sh", "-c", WATCHDOG, "govit-lease-watchdog",
                leases.toString(), Long.toString(serverPid), stateFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
