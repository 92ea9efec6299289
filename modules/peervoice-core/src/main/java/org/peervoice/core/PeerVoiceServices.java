package org.peervoice.core;

import java.time.Clock;

import org.peervoice.core.anonymity.Mixer;
import org.peervoice.core.kernel.ServerSecret;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.suggestion.SuggestionMixing;
import org.peervoice.core.suggestion.SuggestionService;

/**
 * The composition root of the core: each host builds one (Weld producer, OSGi component) from
 * its unit of work, server secret and clock, and hands the services to its adapters.
 */
public final class PeerVoiceServices {

	private final Mixer mixer;
	private final SuggestionService suggestions;

	public PeerVoiceServices(UnitOfWork unitOfWork, ServerSecret secret, Clock clock) {
		for (byte[] key : secret.keys()) {
			if (key == null || key.length < 32) {
				throw new IllegalArgumentException("Every server secret must have at least 32 bytes");
			}
		}
		this.mixer = new Mixer(unitOfWork, clock, SuggestionMixing.window(unitOfWork), SuggestionMixing.rows(), SuggestionMixing.updates());
		this.suggestions = new SuggestionService(unitOfWork, secret, clock, mixer);
	}

	/** Mixes anonymous writes: hosts run it on a {@link org.peervoice.core.anonymity.MixingTimer}. */
	public Mixer mixer() {
		return mixer;
	}

	public SuggestionService suggestions() {
		return suggestions;
	}

}
