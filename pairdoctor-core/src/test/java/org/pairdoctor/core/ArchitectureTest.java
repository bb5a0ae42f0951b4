package org.pairdoctor.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core stays pure: no web, SQL, D-Bus or terminal library, and the engine does no I/O. */
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
}
