package org.peervoice.core.privacy;

import java.util.List;

import org.peervoice.core.kernel.Problem;

/** Screening found text that may identify someone, and the writer has not confirmed it (422). */
public final class PrivacyWarningsFound extends Problem {

	private static final long serialVersionUID = 1L;

	private final List<PrivacyWarning> warnings;

	public PrivacyWarningsFound(List<PrivacyWarning> warnings) {
		super("The text may identify you or someone else; edit it or confirm to post it as it is.");
		this.warnings = List.copyOf(warnings);
	}

	public List<PrivacyWarning> warnings() {
		return warnings;
	}

	public List<PrivacyWarning> getWarnings() {
		return warnings;
	}

	@Override
	public String type() {
		return "privacy-warnings";
	}

}
