package org.peervoice.core.suggestion;

import java.util.Objects;

/**
 * A suggestion category of a site: a stable lowercase-hyphenated key and a label. A retired category takes no new
 * suggestions but keeps its label for the items filed under it.
 */
public final class Category {

	private final String key;
	private final String label;
	private final boolean retired;

	public Category(String key, String label) {
		this(key, label, false);
	}

	public Category(String key, String label, boolean retired) {
		this.key = key;
		this.label = label;
		this.retired = retired;
	}

	public String getKey() {
		return key;
	}

	public String getLabel() {
		return label;
	}

	public boolean isRetired() {
		return retired;
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof Category)) {
			return false;
		}
		Category that = (Category) other;
		return Objects.equals(key, that.key) && Objects.equals(label, that.label) && retired == that.retired;
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, label, retired);
	}

}
