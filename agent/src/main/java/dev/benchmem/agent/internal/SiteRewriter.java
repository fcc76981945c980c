package dev.benchmem.agent.internal;

import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Rewrites the allocation sites of one method: after each one it duplicates the new
 * reference and hands it to {@link Hooks} with the site's number ({@link Sites}: class,
 * method, source line and what it allocates). Every insertion is stack-neutral and
 * branch-free, so the method's stack map frames stay valid as they are (no frame computation,
 * no class loading while transforming); only the maximum stack grows, by three at most.
 */
final class SiteRewriter extends MethodVisitor {
    private static final String HOOKS = Type.getInternalName(Hooks.class);
    private static final String OBJECT_HOOK = "(Ljava/lang/Object;I)V";

    private final boolean classConstants;
    private final ClassRewriter owner;
    private final String method;
    /** The source line of the instructions visited now; -1 before the first line number or without them. */
    private int line = -1;
    private boolean changed;
    /** Types of the {@code new} instructions whose constructor has not run yet, innermost last. */
    private String[] pendingTypes = new String[8];
    /** Whether each pending {@code new} was followed by {@code dup} (the javac shape). */
    private boolean[] pendingDup = new boolean[8];
    private int pending;
    private boolean afterNew;

    SiteRewriter(MethodVisitor next, boolean classConstants, ClassRewriter owner, String method) {
        super(Opcodes.ASM9, next);
        this.classConstants = classConstants;
        this.owner = owner;
        this.method = method;
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        super.visitLineNumber(line, start);
        this.line = line;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        super.visitTypeInsn(opcode, type);
        afterNew = false;
        if (opcode == Opcodes.NEW) {
            pushPending(type);
            afterNew = true;
        } else if (opcode == Opcodes.ANEWARRAY) {
            hook("references", "([Ljava/lang/Object;I)V", Type.getObjectType(type).getClassName() + "[]");
        }
    }

    @Override
    public void visitInsn(int opcode) {
        super.visitInsn(opcode);
        if (opcode == Opcodes.DUP && afterNew) {
            pendingDup[pending - 1] = true;
        }
        afterNew = false;
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        super.visitIntInsn(opcode, operand);
        afterNew = false;
        if (opcode == Opcodes.NEWARRAY) {
            switch (operand) {
                case Opcodes.T_BOOLEAN: hook("booleans", "([ZI)V", "boolean[]"); break;
                case Opcodes.T_BYTE: hook("bytes", "([BI)V", "byte[]"); break;
                case Opcodes.T_CHAR: hook("chars", "([CI)V", "char[]"); break;
                case Opcodes.T_SHORT: hook("shorts", "([SI)V", "short[]"); break;
                case Opcodes.T_INT: hook("ints", "([II)V", "int[]"); break;
                case Opcodes.T_FLOAT: hook("floats", "([FI)V", "float[]"); break;
                case Opcodes.T_LONG: hook("longs", "([JI)V", "long[]"); break;
                case Opcodes.T_DOUBLE: hook("doubles", "([DI)V", "double[]"); break;
                default: throw new IllegalArgumentException("newarray of type " + operand);
            }
        }
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
        super.visitMultiANewArrayInsn(descriptor, dimensions);
        afterNew = false;
        hook("multi", OBJECT_HOOK, Type.getType(descriptor).getClassName());
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        afterNew = false;
        if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
            constructed(owner);
        } else if (opcode == Opcodes.INVOKESPECIAL && name.equals("clone") && descriptor.equals("()Ljava/lang/Object;")) {
            String allocates = this.owner.className() + " (super.clone())";
            if (classConstants) {
                super.visitInsn(Opcodes.DUP);
                super.visitLdcInsn(Type.getObjectType(owner));
                push(site(allocates));
                super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "superClone",
                        "(Ljava/lang/Object;Ljava/lang/Class;I)V", false);
                changed = true;
            } else {
                hook("any", OBJECT_HOOK, allocates);
            }
        } else {
            AllocatingCalls.Hook kind = AllocatingCalls.hook(owner, name, descriptor);
            if (kind != AllocatingCalls.Hook.NONE) {
                String allocates = Type.getObjectType(owner).getClassName() + "." + name + "()";
                switch (kind) {
                    case OBJECT: hook("object", OBJECT_HOOK, allocates); break;
                    case ANY: hook("any", OBJECT_HOOK, allocates); break;
                    default: hook("multi", OBJECT_HOOK, allocates); break;
                }
            }
        }
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        afterNew = false;
        String factory = bootstrap.getOwner();
        if (factory.equals("java/lang/invoke/LambdaMetafactory") && Type.getArgumentCount(descriptor) > 0) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "silence", "()V", false);
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            hook("lambda", OBJECT_HOOK, Type.getReturnType(descriptor).getClassName() + " (lambda)");
        } else if (factory.equals("java/lang/invoke/StringConcatFactory")
                && Type.getReturnType(descriptor).getDescriptor().equals("Ljava/lang/String;")) {
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            hook("concat", "(Ljava/lang/String;I)V", "java.lang.String (concatenation)");
        } else {
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        super.visitVarInsn(opcode, varIndex);
        afterNew = false;
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        super.visitFieldInsn(opcode, owner, name, descriptor);
        afterNew = false;
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        super.visitJumpInsn(opcode, label);
        afterNew = false;
    }

    @Override
    public void visitLdcInsn(Object value) {
        super.visitLdcInsn(value);
        afterNew = false;
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        super.visitIincInsn(varIndex, increment);
        afterNew = false;
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        super.visitTableSwitchInsn(min, max, dflt, labels);
        afterNew = false;
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        super.visitLookupSwitchInsn(dflt, keys, labels);
        afterNew = false;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(changed ? maxStack + 3 : maxStack, maxLocals);
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        if (changed) {
            owner.methodChanged();
        }
    }

    /**
     * After {@code invokespecial <init>}: counts the object if it is the innermost pending
     * {@code new}, by its site's size ({@link SiteSizes}); a string goes to the object hook,
     * which marks it for {@link Hooks#concat}, and so does an object of a site the table has
     * no room for.
     */
    private void constructed(String owner) {
        if (pending > 0 && pendingTypes[pending - 1].equals(owner)) {
            pending--;
            if (!pendingDup[pending]) {
                return;
            }
            int site = site(Type.getObjectType(owner).getClassName());
            super.visitInsn(Opcodes.DUP);
            push(site);
            String hook = owner.equals("java/lang/String") || site == Sites.UNKNOWN ? "object" : "instance";
            super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, hook, OBJECT_HOOK, false);
            changed = true;
        }
    }

    /** Numbers the site of the instruction just visited. */
    private int site(String allocates) {
        return Sites.register(owner.internalName(), method, line, allocates);
    }

    /** Pushes an int constant in the shortest form. */
    private void push(int value) {
        if (value <= 5) {
            super.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value <= Byte.MAX_VALUE) {
            super.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value <= Short.MAX_VALUE) {
            super.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            super.visitLdcInsn(value);
        }
    }

    private void pushPending(String type) {
        if (pending == pendingTypes.length) {
            pendingTypes = java.util.Arrays.copyOf(pendingTypes, pending * 2);
            pendingDup = java.util.Arrays.copyOf(pendingDup, pending * 2);
        }
        pendingTypes[pending] = type;
        pendingDup[pending] = false;
        pending++;
    }

    /** Duplicates the reference on top of the stack and passes it, with a new site's number, to a hook. */
    private void hook(String hook, String descriptor, String allocates) {
        super.visitInsn(Opcodes.DUP);
        push(site(allocates));
        super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, hook, descriptor, false);
        changed = true;
    }
}
