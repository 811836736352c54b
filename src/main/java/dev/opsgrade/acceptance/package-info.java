/**
 * Formal acceptance, pure: phase states from evidence, sign-off and drill records, waivers and the
 * hash chain of the journal that records them. No I/O: the history package stores these records,
 * collectors put them into the evidence, checks and reports read them.
 */
package dev.opsgrade.acceptance;
