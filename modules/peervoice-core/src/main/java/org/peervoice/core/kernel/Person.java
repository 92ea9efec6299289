package org.peervoice.core.kernel;

/** Someone as other users may see them: only a display name, never a key. */
public final class Person {

	private final String name;

	public Person(String name) {
		this.name = name;
	}

	public String getName() {
		return name;
	}

}
