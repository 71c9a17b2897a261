package io.redspec.match;

import io.redspec.server.Version;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The exact text a server writes for a double reply ({@code addReplyDouble}: RESP2 bulk string, RESP3
 * {@code ,…}). Up to Redis 7.0 that is C's {@code "%.17g"} (0.1 → "0.10000000000000001"); from 7.2 on
 * (release note "Significant speed optimization in double replies (#10587)", {@code d2string} in
 * src/util.c) integral values up to 2^62 print as integers and the rest as the shortest text that reads
 * back as the same double (fpconv/Grisu2: 0.1 → "0.1", 1.5e-7 → "1.5e-7"). Valkey 8 keeps the 7.2 form.
 */
public final class DoubleText {
    private DoubleText() {}

    /** The release whose double replies are the shortest round-trip text. */
    public static final Version SHORTEST_SINCE = Version.of(7, 2, 0);

    /** What a server of this version writes; an unknown version is taken to be a current one. */
    public static String of(double d, Version version) {
        return version == null || version.atLeast(SHORTEST_SINCE) ? shortest(d) : percent17g(d);
    }

    /** C's {@code printf("%.17g", d)}, with Redis's own spelling of the infinities. */
    public static String percent17g(double d) {
        String special = special(d);
        if (special != null) {
            return special;
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(17, RoundingMode.HALF_EVEN));
        String digits = stripZeros(rounded.unscaledValue().abs().toString());
        int exp = rounded.precision() - rounded.scale() - 1; // power of ten of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 17) {
            String e = String.format("%02d", Math.abs(exp));
            return sign + mantissa(digits) + "e" + (exp < 0 ? "-" : "+") + e;
        }
        return sign + plain(digits, exp);
    }

    /** Redis 7.2+ {@code d2string}: integers as integers, otherwise shortest digits laid out as fpconv does. */
    public static String shortest(double d) {
        String special = special(d);
        if (special != null) {
            return special;
        }
        double limit = (double) (Long.MAX_VALUE / 2);
        if (d >= -limit && d <= limit && d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal r = exact;
        for (int p = 1; p <= 17; p++) {
            r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                break;
            }
        }
        String digits = stripZeros(r.unscaledValue().abs().toString());
        int exp = r.precision() - r.scale() - 1;
        int n = digits.length();
        int k = exp - (n - 1); // value = digits × 10^k, as fpconv's emit_digits sees it
        int absExp = Math.abs(exp);
        String sign = d < 0 ? "-" : "";
        if (k >= 0 && absExp < n + 7) {
            return sign + digits + "0".repeat(k);
        }
        if (k < 0 && (k > -7 || absExp < 4)) {
            return sign + plain(digits, exp);
        }
        return sign + mantissa(digits) + "e" + (exp < 0 ? "-" : "+") + absExp;
    }

    private static String special(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        return null;
    }

    /** d.ddd (no point for one digit). */
    private static String mantissa(String digits) {
        return digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    }

    /** The digits with the point placed for a first digit at 10^exp, no exponent. */
    private static String plain(String digits, int exp) {
        if (exp < 0) {
            return "0." + "0".repeat(-exp - 1) + digits;
        }
        if (digits.length() <= exp + 1) {
            return digits + "0".repeat(exp + 1 - digits.length());
        }
        return digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
