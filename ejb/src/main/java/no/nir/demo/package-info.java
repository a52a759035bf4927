/**
 * The demo data generator (run by run.sh and used by the benchmarks): a runnable tool on top of
 * everything else; no package uses it.
 */
package no.nir.demo;
