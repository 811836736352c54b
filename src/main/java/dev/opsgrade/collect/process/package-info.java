/**
 * Running an external command-line tool (restic, borg, ansible-playbook) as evidence collection
 * needs it: no input, a chosen environment, capped output, a time limit that kills the whole
 * process tree, and every way it can end as an outcome rather than an exception.
 */
package dev.opsgrade.collect.process;
