/**
 * JMH benchmarks for PeerVoice's speed and memory targets (docs/benchmarks.md). The normal build
 * only compiles them; run them from {@code target/benchmarks.jar}. Nothing here ships.
 */
package org.peervoice.bench;
