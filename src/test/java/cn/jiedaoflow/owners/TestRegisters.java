package cn.jiedaoflow.owners;

import cn.jiedaoflow.people.Caller;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** The register's paths and file format, and an estate with a register made through its service, for tests. */
public final class TestRegisters {

    public static final String PATH = OwnersRegisterController.PATH;
    public static final String TEXT_CSV = OwnersRegisterController.TEXT_CSV;
    public static final List<String> HEADER = RegisterFile.HEADER;

    private TestRegisters() {}

    /** Creates an estate as {@code caller} and imports {@code csv} as its register; the estate's id. */
    public static long estateWithRegister(
            ApplicationContext context, Caller caller, String name, String address, byte[] csv) {
        OwnersRegister register = context.getBean(OwnersRegister.class);
        long id = register.create(caller, new EstateRequest(name, address)).id();
        register.importRegister(caller, id, csv);
        return id;
    }
}
