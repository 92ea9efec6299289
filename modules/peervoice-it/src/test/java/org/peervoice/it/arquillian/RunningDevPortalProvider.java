package org.peervoice.it.arquillian;

import java.lang.annotation.Annotation;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.test.spi.enricher.resource.ResourceProvider;

/** Lets a test ask for {@code @ArquillianResource RunningDevPortal portal}. */
public class RunningDevPortalProvider implements ResourceProvider {

	@Override
	public boolean canProvide(Class<?> type) {
		return RunningDevPortal.class.isAssignableFrom(type);
	}

	@Override
	public Object lookup(ArquillianResource resource, Annotation... qualifiers) {
		return DevPortalContainer.running();
	}

}
