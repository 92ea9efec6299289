package org.peervoice.devportal;

import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.context.Initialized;
import javax.enterprise.event.Observes;
import javax.inject.Singleton;
import javax.servlet.ServletContext;

/**
 * Hands the {@link DevPortalSettings} that {@link DevPortal#start} put in the servlet context to
 * CDI. Weld's own {@code ServletContext} bean works only inside a request, so the settings are
 * taken from the event Weld fires once the application starts, before any filter or servlet.
 */
@Singleton
class HostSettings {

	private volatile DevPortalSettings settings;

	void applicationStarted(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
		settings = (DevPortalSettings) context.getAttribute(CoreWiring.SETTINGS_ATTRIBUTE);
	}

	DevPortalSettings settings() {
		if (settings == null) {
			throw new IllegalStateException("The dev portal settings are not in the servlet context");
		}
		return settings;
	}

}
