package org.peervoice.persistence;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;

import org.peervoice.core.PeerVoiceEntities;

/**
 * The persistence unit described in code rather than found through {@code persistence.xml},
 * which class-path scanning cannot find reliably inside OSGi: listed classes only, the host's
 * DataSource, resource-local transactions, and our own class loader.
 */
final class PeerVoicePersistenceUnit implements PersistenceUnitInfo {

	static final String NAME = "peervoice";

	private final DataSource dataSource;
	private final ClassLoader classLoader;
	private final Properties properties;

	PeerVoicePersistenceUnit(DataSource dataSource, ClassLoader classLoader, Properties properties) {
		this.dataSource = dataSource;
		this.classLoader = classLoader;
		this.properties = properties;
	}

	@Override
	public String getPersistenceUnitName() {
		return NAME;
	}

	@Override
	public String getPersistenceProviderClassName() {
		return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
	}

	@Override
	public PersistenceUnitTransactionType getTransactionType() {
		return PersistenceUnitTransactionType.RESOURCE_LOCAL;
	}

	@Override
	public DataSource getJtaDataSource() {
		return null;
	}

	@Override
	public DataSource getNonJtaDataSource() {
		return dataSource;
	}

	@Override
	public List<String> getMappingFileNames() {
		return Collections.emptyList();
	}

	@Override
	public List<URL> getJarFileUrls() {
		return Collections.emptyList();
	}

	// The root of whatever holds our classes (a directory, a jar, an OSGi bundle); EclipseLink insists on one.
	@Override
	public URL getPersistenceUnitRootUrl() {
		String resource = PeerVoicePersistenceUnit.class.getName().replace('.', '/') + ".class";
		URL url = classLoader.getResource(resource);
		if (url == null) {
			url = PeerVoicePersistenceUnit.class.getResource("/" + resource);
		}
		String text = url.toString();
		try {
			return new URL(text.substring(0, text.length() - resource.length()));
		}
		catch (MalformedURLException impossible) {
			throw new IllegalStateException("Cannot tell the root of " + text, impossible);
		}
	}

	@Override
	public List<String> getManagedClassNames() {
		return PeerVoiceEntities.classes().stream().map(Class::getName).collect(Collectors.toList());
	}

	@Override
	public boolean excludeUnlistedClasses() {
		return true;
	}

	@Override
	public SharedCacheMode getSharedCacheMode() {
		return SharedCacheMode.NONE;
	}

	@Override
	public ValidationMode getValidationMode() {
		return ValidationMode.NONE;
	}

	@Override
	public Properties getProperties() {
		return properties;
	}

	@Override
	public String getPersistenceXMLSchemaVersion() {
		return "2.2";
	}

	@Override
	public ClassLoader getClassLoader() {
		return classLoader;
	}

	@Override
	public void addTransformer(ClassTransformer transformer) {
		// Weaving is off: nothing to transform.
	}

	@Override
	public ClassLoader getNewTempClassLoader() {
		return classLoader;
	}

}
