package org.peervoice.core.suggestion;

import java.util.Objects;

/** A suggestion category of a site: a stable lowercase-hyphenated key and a label. */
public final class Category {

	private final String key;
	private final String label;

	public Category(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String getKey() {
		return key;
	}

	public String getLabel() {
		return label;
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof Category)) {
			return false;
		}
		Category that = (Category) other;
		return Objects.equals(key, that.key) && Objects.equals(label, that.label);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, label);
	}

}
