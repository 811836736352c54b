package dev.opsgrade.init;

/**
 * A value init proposes and why. {@code usable}: the value is reachable from this machine as far as
 * init can tell, so it is written as a setting marked "confirm"; otherwise it is written commented
 * out, for the user to fill in.
 */
record Suggestion(String value, String reason, boolean usable) {}
