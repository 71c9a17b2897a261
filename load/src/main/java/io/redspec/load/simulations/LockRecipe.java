package io.redspec.load.simulations;

/** The lock recipes compared by {@link LockSimulation}. */
enum LockRecipe {
    /** SETNX, then EXPIRE in a second command: a crash in between leaves a lock with no TTL. */
    SETNX_EXPIRE("setnx-expire", true),
    /** SETNX with an expiry timestamp as value; an expired lock is taken over with GETSET. */
    SETNX_GETSET("setnx-getset", false),
    /** SET key value NX EX seconds: atomic, but released with a plain DEL. */
    SET_NX_EX("set-nx-ex", true),
    /** SET key token NX PX ms, released by a compare-and-delete script: the correct one. */
    SAFE("safe", true);

    final String label;
    /** Whether the lock key itself carries a TTL, so an audit for TTL-less locks makes sense. */
    final boolean serverTtl;

    LockRecipe(String label, boolean serverTtl) {
        this.label = label;
        this.serverTtl = serverTtl;
    }

    String invariant(String what) {
        return "lock." + label + "." + what;
    }
}
