package org.pairdoctor.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core stays pure: no web, SQL, D-Bus or terminal library, the engine does no I/O, and the core
 * neither reads the environment nor starts threads (adapters do, and hand the core what it needs:
 * paths, settings, an {@link java.util.concurrent.Executor}).
 */
class ArchitectureTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pairdoctor.core");

    @Test
    void coreDependsOnNoAdapterLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "java.sql..", "javax.sql..", "org.jdbi..", "org.flywaydb..", "com.zaxxer..",
                "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "gg.jte..",
                "org.freedesktop.dbus..", "picocli..", "org.jline..", "me.tongfei..",
                "org.pairdoctor.store..", "org.pairdoctor.web..", "org.pairdoctor.bluez..", "org.pairdoctor.cli..")
                .check(core);
    }

    @Test
    void engineAndModelDoNoIo() {
        noClasses().that().resideInAnyPackage("org.pairdoctor.core.engine..", "org.pairdoctor.core.learning..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .check(core);
    }

    @Test
    void coreReadsNoEnvironment() {
        noClasses().should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .orShould().callMethod(System.class, "getProperties")
                .orShould().callMethod(Integer.class, "getInteger", String.class)
                .orShould().callMethod(Long.class, "getLong", String.class)
                .orShould().callMethod(Boolean.class, "getBoolean", String.class)
                .because("settings come from the adapters (the command line's composition root)")
                .check(core);
    }

    @Test
    void coreStartsNoThreads() {
        noClasses().should().dependOnClassesThat().areAssignableTo(Thread.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.concurrent.ExecutorService.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.concurrent.Executors.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.concurrent.ThreadFactory.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.Timer.class.getName())
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "supplyAsync",
                        java.util.function.Supplier.class)
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "runAsync", Runnable.class)
                .because("threads belong to the adapters; the core takes an Executor where work may run later")
                .check(core);
    }
}
