package org.peervoice.devportal;

import javax.enterprise.event.Observes;
import javax.enterprise.inject.spi.Extension;
import javax.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Keeps CDI to the dev portal's own classes. The core, REST and persistence jars are wired by
 * hand (as OSGi Declarative Services wire them in Liferay), so a {@code beans.xml} in any other
 * jar must not make Weld build its classes a second way.
 */
public class ForeignBeansVeto implements Extension {

	private static final String OWN_PACKAGE = ForeignBeansVeto.class.getPackage().getName() + ".";

	<T> void keepOwnTypes(@Observes ProcessAnnotatedType<T> event) {
		String name = event.getAnnotatedType().getJavaClass().getName();
		if (!name.startsWith(OWN_PACKAGE)) {
			event.veto();
		}
	}

}
