package org.peervoice.service.internal;

import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.peervoice.core.kernel.UnitOfWork;

/**
 * Runs each unit of work with this bundle's class loader as the context class loader: the
 * request threads belong to the JAX-RS runtime, and EclipseLink resolves classes through the
 * context class loader when it deploys lazily.
 */
final class BundleClassLoaderUnitOfWork implements UnitOfWork {

	private final UnitOfWork delegate;

	BundleClassLoaderUnitOfWork(UnitOfWork delegate) {
		this.delegate = delegate;
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(BundleClassLoaderUnitOfWork.class.getClassLoader());
		try {
			return delegate.inTransaction(work);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	@Override
	public void afterCommit(Runnable action) {
		delegate.afterCommit(action);
	}

	@Override
	public boolean isInTransaction() {
		return delegate.isInTransaction();
	}

	@Override
	public EntityManager entityManager() {
		return delegate.entityManager();
	}

}
