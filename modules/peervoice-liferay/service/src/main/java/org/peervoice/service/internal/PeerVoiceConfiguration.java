package org.peervoice.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * System settings of the PeerVoice service (Liferay: Control Panel, System Settings, or a file
 * {@code org.peervoice.service.configuration.cfg.json} in {@code osgi/configs}).
 */
@ObjectClassDefinition(id = PeerVoiceConfiguration.PID, name = "PeerVoice", description = "PeerVoice service settings")
@interface PeerVoiceConfiguration {

	String PID = "org.peervoice.service.configuration";

	@AttributeDefinition(name = "Server secret", type = AttributeType.PASSWORD, required = false,
		description = "At least 32 characters, the same on every cluster node, never stored in the database. "
			+ "Used for keyed hashes (one vote per person) that must not be reversible to a user. "
			+ "When empty, a random secret is kept in the bundle's data area of this node only.")
	/** Named {@code .serverSecret}: a leading full stop keeps it out of the service properties anyone can list. */
	String _serverSecret() default "";

}
