package org.courtdesk.model.binding;

/** Returned on submission: the 申请编号 (prefix BD) shown to the lawyer, and the binding as stored. */
public record BindingReceipt(long id, String applicationNo, BindingView binding) {}
