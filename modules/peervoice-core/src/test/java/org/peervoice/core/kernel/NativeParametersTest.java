package org.peervoice.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class NativeParametersTest {

	@Test
	void singleValuesAndListsAreNumberedInTheOrderTheyAreAdded() {
		NativeParameters parameters = new NativeParameters();
		assertEquals("?1", parameters.value("me"));
		assertEquals("?2, ?3, ?4", parameters.in(List.of("a", "b", "c")));
		assertEquals("?5", parameters.value(7L));
		assertEquals("?6", parameters.in(List.of("d")));
	}

	@Test
	void anEmptyListIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new NativeParameters().in(List.of()));
	}

}
