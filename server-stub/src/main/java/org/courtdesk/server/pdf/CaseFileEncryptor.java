package org.courtdesk.server.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Encrypts a case file for download (seed 003: 卷宗文档打开密码): AES-256, opened only with the user password; the
 * owner password is random and never stored, so nobody can lift the restrictions. Printing is allowed (the seeds'
 * 打印), changing the document and copying its text are not.
 */
public final class CaseFileEncryptor {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseFileEncryptor() {}

    /** Returns the encrypted copy of {@code pdf}; {@code userPassword} opens it. */
    public static byte[] encrypt(byte[] pdf, String userPassword) {
        if (userPassword == null || userPassword.isEmpty()) {
            throw new IllegalArgumentException("an open password is required");
        }
        byte[] ownerBytes = new byte[24];
        RANDOM.nextBytes(ownerBytes);
        String ownerPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(ownerBytes);
        AccessPermission permissions = new AccessPermission();
        permissions.setCanPrint(true);
        permissions.setCanPrintFaithful(true);
        permissions.setCanModify(false);
        permissions.setCanModifyAnnotations(false);
        permissions.setCanFillInForm(false);
        permissions.setCanAssembleDocument(false);
        permissions.setCanExtractContent(false);
        permissions.setCanExtractForAccessibility(true);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
        policy.setEncryptionKeyLength(256);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encrypt the case file", e);
        }
    }
}
