package io.redspec.load.support.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The wrong servers the load scenarios must catch, each a {@link Fault} for the {@link FaultProxy}. */
public final class Faults {

    private Faults() {
    }

    /** A correct server: the proxy changes nothing. */
    public static Fault transparent() {
        return new Fault() {
        };
    }

    private static boolean is(List<String> argv, String name) {
        return !argv.isEmpty() && argv.get(0).equalsIgnoreCase(name);
    }

    /** GET answers the value written before the newest one by SETEX (a stale replica). */
    public static Fault staleGet() {
        Map<String, String[]> lastTwo = new ConcurrentHashMap<>();
        return new Fault() {
            @Override
            public List<String> command(List<String> argv) {
                if (is(argv, "SETEX")) {
                    lastTwo.compute(argv.get(1), (k, old) -> new String[] {argv.get(3), old == null ? null : old[0]});
                }
                return argv;
            }

            @Override
            public Resp reply(List<String> argv, Resp reply) {
                if (is(argv, "GET") && reply.isBulk() && reply.data() != null) {
                    String[] versions = lastTwo.get(argv.get(1));
                    if (versions != null && versions[1] != null && reply.text().equals(versions[0])) {
                        return Resp.bulk(versions[1]);
                    }
                }
                return reply;
            }
        };
    }

    /** SETEX stores the value without its TTL. */
    public static Fault setexWithoutTtl() {
        return new Fault() {
            @Override
            public List<String> command(List<String> argv) {
                return is(argv, "SETEX") ? List.of("SET", argv.get(1), argv.get(3)) : argv;
            }
        };
    }

    /** SETEX keys expire {@code factor} times too early. */
    public static Fault setexExpiresEarly(int factor) {
        return new Fault() {
            @Override
            public List<String> command(List<String> argv) {
                if (!is(argv, "SETEX")) {
                    return argv;
                }
                long millis = Long.parseLong(argv.get(2)) * 1000 / factor;
                return List.of("PSETEX", argv.get(1), Long.toString(millis), argv.get(3));
            }
        };
    }

    /** Every TTL given with SET … EX/PX or EXPIRE/PEXPIRE becomes {@code millis}. */
    public static Fault lockTtl(long millis) {
        return new Fault() {
            @Override
            public List<String> command(List<String> argv) {
                if (is(argv, "EXPIRE") || is(argv, "PEXPIRE")) {
                    return List.of("PEXPIRE", argv.get(1), Long.toString(millis));
                }
                if (!is(argv, "SET")) {
                    return argv;
                }
                List<String> out = new ArrayList<>(argv);
                for (int i = 3; i < out.size() - 1; i++) {
                    String option = out.get(i).toUpperCase(Locale.ROOT);
                    if (option.equals("EX") || option.equals("PX")) {
                        out.set(i, "PX");
                        out.set(i + 1, Long.toString(millis));
                    }
                }
                return out;
            }
        };
    }

    /** ZRANGEBYSCORE's max is raised by {@code millis}: tasks handed out before they are due. */
    public static Fault zrangeByScoreEarly(long millis) {
        return new Fault() {
            @Override
            public List<String> command(List<String> argv) {
                if (!is(argv, "ZRANGEBYSCORE")) {
                    return argv;
                }
                List<String> out = new ArrayList<>(argv);
                out.set(3, Long.toString(Long.parseLong(argv.get(3)) + millis));
                return out;
            }
        };
    }

    /** Every GET answers garbage. */
    public static Fault garbageGet() {
        return new Fault() {
            @Override
            public Resp reply(List<String> argv, Resp reply) {
                return is(argv, "GET") ? Resp.bulk("garbage") : reply;
            }
        };
    }
}
