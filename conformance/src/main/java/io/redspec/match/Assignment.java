package io.redspec.match;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Order-free matching of expectations to actual elements: a maximum bipartite matching (Kuhn's
 * augmenting paths), so that {@code [{one_of:[a,b]}, a]} against {@code [a, b]} is found even when a
 * greedy pairing would fail.
 */
final class Assignment {
    private Assignment() {}

    /** Index of the first expectation left unmatched, or -1 when every expectation found its own element. */
    static <E, A> int firstUnmatched(List<E> expected, List<A> actual, BiPredicate<E, A> fits) {
        int n = expected.size();
        int m = actual.size();
        boolean[][] ok = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                ok[i][j] = fits.test(expected.get(i), actual.get(j));
            }
        }
        int[] ownerOf = new int[m];
        Arrays.fill(ownerOf, -1);
        for (int i = 0; i < n; i++) {
            if (!augment(i, ok, ownerOf, new boolean[m])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean augment(int i, boolean[][] ok, int[] ownerOf, boolean[] seen) {
        for (int j = 0; j < ownerOf.length; j++) {
            if (ok[i][j] && !seen[j]) {
                seen[j] = true;
                if (ownerOf[j] < 0 || augment(ownerOf[j], ok, ownerOf, seen)) {
                    ownerOf[j] = i;
                    return true;
                }
            }
        }
        return false;
    }
}
