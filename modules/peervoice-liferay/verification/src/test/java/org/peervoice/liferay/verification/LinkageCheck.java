package org.peervoice.liferay.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A linkage check: what the JVM would resolve when our classes run on a given Liferay release,
 * done on class files instead of at run time. Every class, method and field of a portal package
 * that our bytecode names must exist in that release's API jar with the same descriptor and the
 * same static-ness, looked up the way the JVM looks it up (the class, its superclasses, its
 * superinterfaces); a method reference must agree with the owner being a class or an interface;
 * a class we instantiate must be concrete; and every abstract method a portal supertype asks our
 * concrete classes for must have an implementation.
 *
 * <p>A "portal package" is one the bundle imports that neither the Java runtime nor a PeerVoice
 * bundle provides. References into other packages (the JDK, libraries embedded in the bundle)
 * are not Liferay's and are not checked. Annotations are not checked: the ones our classes carry
 * (Declarative Services) are read at build time, not resolved at run time.
 */
final class LinkageCheck {

	private static final Map<String, Module> JDK_PACKAGES = new HashMap<>();

	static {
		for (Module module : ModuleLayer.boot().modules()) {
			for (String packageName : module.getPackages()) {
				JDK_PACKAGES.put(packageName, module);
			}
		}
	}

	private final Map<String, byte[]> ourClasses;
	private final Set<String> portalPackages;
	private final Set<String> privatePackages;
	private final JarFile portalJar;
	private final Map<String, Optional<ClassShape>> shapes = new HashMap<>();
	private final Set<String> portalClasses = new HashSet<>();
	private final Map<String, Set<Reference>> references = new HashMap<>();

	/**
	 * @param ourClasses the bundle's own class files by internal name ({@code org/peervoice/X})
	 * @param portalPackages the packages (dotted names) the portal must supply to the bundle
	 * @param privatePackages the packages (dotted names) the bundle carries itself, in its root or in embedded jars:
	 *     never looked up in the portal
	 * @param portalJar the API jar of one Liferay release
	 */
	LinkageCheck(Map<String, byte[]> ourClasses, Set<String> portalPackages, Set<String> privatePackages, JarFile portalJar) {
		this.ourClasses = ourClasses;
		this.portalPackages = portalPackages;
		this.privatePackages = privatePackages;
		this.portalJar = portalJar;
		for (Map.Entry<String, byte[]> ourClass : ourClasses.entrySet()) {
			references.put(ourClass.getKey(), references(ourClass.getValue()));
		}
	}

	static boolean isJdkPackage(String packageName) {
		return packageName.startsWith("java.") || JDK_PACKAGES.containsKey(packageName);
	}

	/** Every linkage error, as {@code <our class> -> <their class>#<member><descriptor>: <why>}, sorted. */
	Set<String> problems() {
		Set<String> problems = new TreeSet<>();
		for (Map.Entry<String, Set<Reference>> ourClass : references.entrySet()) {
			for (Reference reference : ourClass.getValue()) {
				String problem = problemWith(reference);
				if (problem != null) {
					problems.add(dotted(reference.from) + " -> " + reference.describe() + ": " + problem);
				}
			}
			String className = ourClass.getKey();
			for (String missing : unimplementedAbstractMethods(className)) {
				problems.add(dotted(className) + " -> " + missing + ": abstract in the portal, not implemented");
			}
		}
		return problems;
	}

	/** How many references into portal packages the check looked at (so that a test can see it looked at all). */
	int portalReferenceCount() {
		int count = 0;
		for (Set<Reference> classReferences : references.values()) {
			for (Reference reference : classReferences) {
				if (isPortal(reference.owner)) {
					count++;
				}
			}
		}
		return count;
	}

	private String problemWith(Reference reference) {
		boolean portalOwner = isPortal(reference.owner);
		if (!portalOwner && !ourClasses.containsKey(reference.owner)) {
			return null;
		}
		Optional<ClassShape> owner = shape(reference.owner);
		if (owner == null) {
			return null;
		}
		if (owner.isEmpty()) {
			return "no such class";
		}
		ClassShape ownerShape = owner.get();
		if (!portalOwner && reference.kind != Reference.Kind.METHOD && reference.kind != Reference.Kind.FIELD) {
			return null;
		}
		switch (reference.kind) {
			case CLASS:
				return null;
			case INSTANTIATION:
				return ownerShape.isInterface() || ownerShape.isAbstract() ? "cannot be instantiated (abstract or an interface)" : null;
			case SUPERCLASS:
				return ownerShape.isInterface() ? "is an interface, extended as a class" : ownerShape.isFinal() ? "is final" : null;
			case INTERFACE:
				return ownerShape.isInterface() ? null : "is a class, implemented as an interface";
			case METHOD:
			case FIELD:
				return memberProblem(reference, ownerShape, portalOwner);
			default:
				throw new IllegalStateException(reference.kind.name());
		}
	}

	private String memberProblem(Reference reference, ClassShape owner, boolean portalOwner) {
		if (reference.kind == Reference.Kind.METHOD && reference.viaInterface != owner.isInterface()) {
			return owner.isInterface() ? "is an interface method, called as a class method" : "is a class method, called as an interface method";
		}
		Lookup lookup = reference.kind == Reference.Kind.METHOD ? findMethod(owner, reference.name + reference.descriptor)
			: findField(owner, reference.name + ":" + reference.descriptor);
		if (lookup.unknown) {
			return null;
		}
		if (lookup.declaringClass == null) {
			return portalOwner || lookup.touchedPortal ? "no such " + (reference.kind == Reference.Kind.METHOD ? "method" : "field") : null;
		}
		if (!isFromPortal(lookup.declaringClass.name)) {
			return null;
		}
		int access = lookup.access;
		boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
		if (isStatic != reference.isStatic) {
			return "is " + (isStatic ? "" : "not ") + "static in " + dotted(lookup.declaringClass.name);
		}
		if ((access & Opcodes.ACC_PRIVATE) != 0) {
			return "is private in " + dotted(lookup.declaringClass.name);
		}
		if ((access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) == 0 && !packageOf(lookup.declaringClass.name).equals(packageOf(reference.from))) {
			return "is package-private in " + dotted(lookup.declaringClass.name);
		}
		return null;
	}

	/** JVMS 5.4.3.3 and 5.4.3.4, simplified: the class and its superclasses, then every superinterface. */
	private Lookup findMethod(ClassShape owner, String nameAndDescriptor) {
		Lookup lookup = new Lookup();
		List<ClassShape> interfaces = new ArrayList<>();
		ClassShape current = owner;
		while (current != null) {
			lookup.visit(current, this);
			Integer access = current.methods.get(nameAndDescriptor);
			if (access != null) {
				return lookup.found(current, access);
			}
			collectInterfaces(current, interfaces, lookup);
			if (current.superName == null) {
				break;
			}
			current = lookup.resolve(current.superName, this);
		}
		if (owner.isInterface()) {
			ClassShape object = shape("java/lang/Object").orElseThrow();
			Integer access = object.methods.get(nameAndDescriptor);
			if (access != null && (access & Opcodes.ACC_PUBLIC) != 0) {
				return lookup.found(object, access);
			}
		}
		for (ClassShape superinterface : interfaces) {
			Integer access = superinterface.methods.get(nameAndDescriptor);
			if (access != null && (access & Opcodes.ACC_PRIVATE) == 0) {
				return lookup.found(superinterface, access);
			}
		}
		return lookup;
	}

	/** JVMS 5.4.3.2: the class, its superinterfaces, then its superclass. */
	private Lookup findField(ClassShape owner, String nameAndDescriptor) {
		Lookup lookup = new Lookup();
		ClassShape current = owner;
		while (current != null) {
			lookup.visit(current, this);
			Integer access = current.fields.get(nameAndDescriptor);
			if (access != null) {
				return lookup.found(current, access);
			}
			List<ClassShape> interfaces = new ArrayList<>();
			collectInterfaces(current, interfaces, lookup);
			for (ClassShape superinterface : interfaces) {
				Integer fieldAccess = superinterface.fields.get(nameAndDescriptor);
				if (fieldAccess != null) {
					return lookup.found(superinterface, fieldAccess);
				}
			}
			if (current.superName == null) {
				break;
			}
			current = lookup.resolve(current.superName, this);
		}
		return lookup;
	}

	/** All superinterfaces of the class, breadth first, without repetition. */
	private void collectInterfaces(ClassShape shape, List<ClassShape> into, Lookup lookup) {
		Deque<String> pending = new ArrayDeque<>(shape.interfaces);
		Set<String> seen = new HashSet<>();
		for (ClassShape known : into) {
			seen.add(known.name);
		}
		while (!pending.isEmpty()) {
			String name = pending.removeFirst();
			if (!seen.add(name)) {
				continue;
			}
			ClassShape superinterface = lookup.resolve(name, this);
			if (superinterface != null) {
				lookup.visit(superinterface, this);
				into.add(superinterface);
				pending.addAll(superinterface.interfaces);
			}
		}
	}

	private List<String> unimplementedAbstractMethods(String className) {
		ClassShape ourClass = shape(className).orElseThrow();
		if (ourClass.isInterface() || ourClass.isAbstract()) {
			return List.of();
		}
		Lookup hierarchy = new Lookup();
		List<ClassShape> classes = new ArrayList<>();
		List<ClassShape> interfaces = new ArrayList<>();
		ClassShape current = ourClass;
		while (current != null) {
			hierarchy.visit(current, this);
			classes.add(current);
			collectInterfaces(current, interfaces, hierarchy);
			current = current.superName == null ? null : hierarchy.resolve(current.superName, this);
		}
		if (hierarchy.unknown || !hierarchy.touchedPortal) {
			return List.of();
		}
		List<String> missing = new ArrayList<>();
		List<ClassShape> supertypes = new ArrayList<>(classes);
		supertypes.addAll(interfaces);
		for (ClassShape supertype : supertypes) {
			if (!isFromPortal(supertype.name)) {
				continue;
			}
			for (Map.Entry<String, Integer> method : supertype.methods.entrySet()) {
				int access = method.getValue();
				if ((access & Opcodes.ACC_ABSTRACT) != 0 && !isImplemented(method.getKey(), classes, interfaces)) {
					missing.add(dotted(supertype.name) + "#" + method.getKey());
				}
			}
		}
		return missing;
	}

	private static boolean isImplemented(String nameAndDescriptor, List<ClassShape> classes, List<ClassShape> interfaces) {
		for (ClassShape shape : classes) {
			Integer access = shape.methods.get(nameAndDescriptor);
			if (access != null) {
				return (access & Opcodes.ACC_ABSTRACT) == 0;
			}
		}
		for (ClassShape shape : interfaces) {
			Integer access = shape.methods.get(nameAndDescriptor);
			if (access != null && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0) {
				return true;
			}
		}
		return false;
	}

	/** Whether the class belongs to a package the bundle imports from the portal. */
	private boolean isPortal(String internalName) {
		return portalPackages.contains(packageOf(internalName).replace('/', '.'));
	}

	/** Whether the class was read from the portal's API jar (a supertype may be in a package the bundle does not import). */
	private boolean isFromPortal(String internalName) {
		return portalClasses.contains(internalName);
	}

	/**
	 * The class's shape: empty when it belongs to a portal package but the release lacks it;
	 * {@code null} when the class is outside what the check can see (an embedded library).
	 */
	Optional<ClassShape> shape(String internalName) {
		if (shapes.containsKey(internalName)) {
			return shapes.get(internalName);
		}
		Optional<ClassShape> shape;
		String packageName = packageOf(internalName).replace('/', '.');
		if (ourClasses.containsKey(internalName)) {
			shape = Optional.of(ClassShape.of(ourClasses.get(internalName)));
		}
		else if (isJdkPackage(packageName)) {
			shape = Optional.ofNullable(read(JDK_PACKAGES.get(packageName), internalName));
		}
		else if (privatePackages.contains(packageName)) {
			shape = null;
		}
		else {
			shape = Optional.ofNullable(read(portalJar, internalName));
			if (shape.isPresent()) {
				portalClasses.add(internalName);
			}
			else if (!portalPackages.contains(packageName)) {
				shape = null;
			}
		}
		shapes.put(internalName, shape);
		return shape;
	}

	private static ClassShape read(Module module, String internalName) {
		if (module == null) {
			return null;
		}
		try (InputStream in = module.getResourceAsStream(internalName + ".class")) {
			return in == null ? null : ClassShape.of(in.readAllBytes());
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static ClassShape read(JarFile jar, String internalName) {
		ZipEntry entry = jar.getEntry(internalName + ".class");
		if (entry == null) {
			return null;
		}
		try (InputStream in = jar.getInputStream(entry)) {
			return ClassShape.of(in.readAllBytes());
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static String packageOf(String internalName) {
		int slash = internalName.lastIndexOf('/');
		return slash < 0 ? "" : internalName.substring(0, slash);
	}

	private static String dotted(String internalName) {
		return internalName.replace('/', '.');
	}

	/** What a walk up a hierarchy met: the member found, and whether it passed portal or unknown classes. */
	private static final class Lookup {

		ClassShape declaringClass;
		int access;
		boolean unknown;
		boolean touchedPortal;

		void visit(ClassShape shape, LinkageCheck check) {
			touchedPortal |= check.isFromPortal(shape.name);
		}

		ClassShape resolve(String name, LinkageCheck check) {
			Optional<ClassShape> shape = check.shape(name);
			if (shape == null || shape.isEmpty()) {
				// A missing portal supertype is reported where our class names it.
				unknown = true;
				return null;
			}
			return shape.get();
		}

		Lookup found(ClassShape declaring, int memberAccess) {
			declaringClass = declaring;
			access = memberAccess;
			return this;
		}

	}

	/** The parts of a class file the JVM links against. */
	static final class ClassShape {

		final String name;
		final int access;
		final String superName;
		final List<String> interfaces;
		final Map<String, Integer> methods = new HashMap<>();
		final Map<String, Integer> fields = new HashMap<>();

		private ClassShape(String name, int access, String superName, List<String> interfaces) {
			this.name = name;
			this.access = access;
			this.superName = superName;
			this.interfaces = interfaces;
		}

		static ClassShape of(byte[] classFile) {
			ClassShape[] shape = new ClassShape[1];
			new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {

				@Override
				public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
					shape[0] = new ClassShape(name, access, superName, interfaces == null ? List.of() : List.of(interfaces));
				}

				@Override
				public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
					shape[0].fields.put(name + ":" + descriptor, access);
					return null;
				}

				@Override
				public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
					shape[0].methods.put(name + descriptor, access);
					return null;
				}

			}, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
			return shape[0];
		}

		boolean isInterface() {
			return (access & Opcodes.ACC_INTERFACE) != 0;
		}

		boolean isAbstract() {
			return (access & Opcodes.ACC_ABSTRACT) != 0;
		}

		boolean isFinal() {
			return (access & Opcodes.ACC_FINAL) != 0;
		}

	}

	/** One use of another class by one of our classes. */
	static final class Reference {

		enum Kind { CLASS, INSTANTIATION, SUPERCLASS, INTERFACE, METHOD, FIELD }

		final String from;
		final Kind kind;
		final String owner;
		final String name;
		final String descriptor;
		final boolean isStatic;
		final boolean viaInterface;

		Reference(String from, Kind kind, String owner, String name, String descriptor, boolean isStatic, boolean viaInterface) {
			this.from = from;
			this.kind = kind;
			this.owner = owner;
			this.name = name;
			this.descriptor = descriptor;
			this.isStatic = isStatic;
			this.viaInterface = viaInterface;
		}

		String describe() {
			return dotted(owner) + (name == null ? "" : "#" + name + (kind == Kind.FIELD ? ":" : "") + descriptor);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Reference && toString().equals(other.toString());
		}

		@Override
		public int hashCode() {
			return toString().hashCode();
		}

		@Override
		public String toString() {
			return from + " " + kind + " " + owner + "#" + name + descriptor + (isStatic ? " static" : "") + (viaInterface ? " interface" : "");
		}

	}

	/** Every class, method and field a class file uses, from its header, member descriptors and code. */
	static Set<Reference> references(byte[] classFile) {
		Set<Reference> references = new LinkedHashSet<>();
		String[] self = new String[1];
		Function<Type, Void> typeUse = new Function<>() {

			@Override
			public Void apply(Type type) {
				Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
				if (element.getSort() == Type.OBJECT) {
					references.add(new Reference(self[0], Reference.Kind.CLASS, element.getInternalName(), null, "", false, false));
				}
				else if (element.getSort() == Type.METHOD) {
					apply(element.getReturnType());
					for (Type argument : element.getArgumentTypes()) {
						apply(argument);
					}
				}
				return null;
			}

		};
		new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {

			@Override
			public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
				self[0] = name;
				if (superName != null) {
					references.add(new Reference(name, Reference.Kind.SUPERCLASS, superName, null, "", false, false));
				}
				for (String superinterface : interfaces) {
					references.add(new Reference(name, Reference.Kind.INTERFACE, superinterface, null, "", false, false));
				}
			}

			@Override
			public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
				typeUse.apply(Type.getType(descriptor));
				return null;
			}

			@Override
			public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
				typeUse.apply(Type.getMethodType(descriptor));
				return new MethodVisitor(Opcodes.ASM9) {

					@Override
					public void visitTypeInsn(int opcode, String type) {
						Type used = type.startsWith("[") ? Type.getType(type) : Type.getObjectType(type);
						if (opcode == Opcodes.NEW) {
							references.add(new Reference(self[0], Reference.Kind.INSTANTIATION, type, null, "", false, false));
						}
						typeUse.apply(used);
					}

					@Override
					public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
						boolean isStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
						addMember(Reference.Kind.FIELD, owner, fieldName, fieldDescriptor, isStatic, false);
					}

					@Override
					public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor, boolean isInterface) {
						addMember(Reference.Kind.METHOD, owner, methodName, methodDescriptor, opcode == Opcodes.INVOKESTATIC, isInterface);
					}

					@Override
					public void visitInvokeDynamicInsn(String methodName, String methodDescriptor, Handle bootstrap, Object... arguments) {
						typeUse.apply(Type.getMethodType(methodDescriptor));
						constant(bootstrap);
						for (Object argument : arguments) {
							constant(argument);
						}
					}

					@Override
					public void visitLdcInsn(Object value) {
						constant(value);
					}

					@Override
					public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
						typeUse.apply(Type.getType(arrayDescriptor));
					}

					@Override
					public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
						if (type != null) {
							typeUse.apply(Type.getObjectType(type));
						}
					}

					private void constant(Object value) {
						if (value instanceof Type) {
							typeUse.apply((Type) value);
						}
						else if (value instanceof Handle) {
							Handle handle = (Handle) value;
							int tag = handle.getTag();
							boolean field = tag <= Opcodes.H_PUTSTATIC;
							boolean isStatic = tag == Opcodes.H_GETSTATIC || tag == Opcodes.H_PUTSTATIC || tag == Opcodes.H_INVOKESTATIC;
							addMember(field ? Reference.Kind.FIELD : Reference.Kind.METHOD, handle.getOwner(), handle.getName(), handle.getDesc(), isStatic,
								handle.isInterface());
						}
						else if (value instanceof ConstantDynamic) {
							ConstantDynamic constant = (ConstantDynamic) value;
							constant(constant.getBootstrapMethod());
							for (int index = 0; index < constant.getBootstrapMethodArgumentCount(); index++) {
								constant(constant.getBootstrapMethodArgument(index));
							}
						}
					}

					private void addMember(Reference.Kind kind, String owner, String memberName, String memberDescriptor, boolean isStatic, boolean isInterface) {
						if (owner.startsWith("[")) {
							typeUse.apply(Type.getType(owner));
							return;
						}
						references.add(new Reference(self[0], kind, owner, memberName, memberDescriptor, isStatic, isInterface));
						typeUse.apply(Type.getObjectType(owner));
						typeUse.apply(kind == Reference.Kind.FIELD ? Type.getType(memberDescriptor) : Type.getMethodType(memberDescriptor));
					}

				};
			}

		}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		return references;
	}

}
