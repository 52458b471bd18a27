namespace CollectionsInsight.Loading;

/// <summary>
/// The names accounting and collection systems commonly give the contract's columns in their exports ("Invoice
/// Number" for invoice_id, "Due Date" for due_on), in English, then German, Dutch and French ("Rechnungsnummer",
/// "Vervaldatum", "Date d'échéance"), then Spanish, Italian and Portuguese ("Fecha de vencimiento", "Data scadenza"). A file whose header lacks a contract column's own name is read
/// from the one header column with such a name, and the loader says so; a mapping file's name wins.
/// </summary>
internal static class UsualColumnNames
{
    /// <summary>By column, or by entity.column where the name depends on the file (an invoice's amount is not a payment's).</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Names = new Dictionary<string, string[]>
    {
        ["customer_id"] = ["customer number", "customer no", "customer code", "cust id", "cust no", "cust number", "account number", "account no", "account id", "customer account number", "customer account",
            "debtor", "debtor number", "debtor id", "client id", "client number", "kundennummer", "kunden nr", "debitor", "debitorennummer", "klantnummer", "debiteurnummer", "debiteur", "numéro client", "code client", "número de cliente", "numero de cliente", "código de cliente", "codigo de cliente", "codice cliente", "numero cliente", "código do cliente", "codigo do cliente"],
        ["invoice_id"] = ["invoice number", "invoice no", "invoice nr", "invoice num", "invoice", "inv no", "inv number", "rechnungsnummer", "rechnungs nr", "factuurnummer", "factuur nr", "numéro de facture", "n° facture", "número de factura", "numero de factura", "numero fattura", "número da fatura", "numero da fatura"],
        // In a payments export the document number is the payment's own.
        ["invoices.invoice_id"] = ["invoice number", "invoice no", "invoice nr", "invoice num", "invoice", "inv no", "inv number", "document number", "document no", "transaction number", "trx number", "rechnungsnummer", "rechnungs nr", "factuurnummer", "factuur nr", "numéro de facture", "n° facture", "belegnummer", "número de factura", "numero de factura", "numero fattura", "número da fatura", "numero da fatura"],
        ["payment_id"] = ["payment number", "payment no", "receipt number", "receipt no", "receipt id", "transaction id", "zahlungsnummer", "betalingsnummer", "numéro de paiement", "numéro de règlement", "número de pago", "numero de pago", "numero pagamento", "número do pagamento", "numero do pagamento"],
        // Not "contact id": in a CRM that is the contact person's.
        ["attempt_id"] = ["activity id", "interaction id"],
        ["name"] = ["customer name", "company name", "account name", "debtor name", "client name", "name customer", "kundenname", "firmenname", "klantnaam", "bedrijfsnaam", "nom du client", "raison sociale", "nombre del cliente", "razón social", "razon social", "ragione sociale", "nome cliente", "nome do cliente", "razão social", "razao social"],
        ["segment"] = ["customer segment", "customer group", "kundengruppe", "klantgroep", "groupe client", "segmento"],
        ["country"] = ["country code", "country iso", "land", "pays", "país", "pais", "paese", "nazione"],
        ["payment_terms_days"] = ["payment terms", "terms", "terms days", "credit terms", "zahlungsbedingungen", "zahlungsziel", "betalingstermijn", "betalingsvoorwaarden", "conditions de paiement", "délai de paiement", "condiciones de pago", "plazo de pago", "condizioni di pagamento", "termini di pagamento", "condições de pagamento", "condicoes de pagamento", "prazo de pagamento"],
        ["onboarded_on"] = ["customer since", "account opened", "onboarding date", "kunde seit", "klant sinds", "client depuis", "cliente desde", "cliente dal"],
        ["issued_on"] = ["invoice date", "inv date", "issue date", "document date", "date issued", "transaction date", "trx date", "document create date", "rechnungsdatum", "belegdatum", "factuurdatum", "date de facture", "date facture", "fecha de factura", "fecha factura", "fecha de emisión", "fecha de emision", "data fattura", "data da fatura", "data de emissão", "data de emissao"],
        ["due_on"] = ["due date", "net due date", "payment due date", "date due", "due in date", "fälligkeitsdatum", "faelligkeitsdatum", "fällig am", "fälligkeit", "vervaldatum", "date d'échéance", "date échéance", "échéance", "fecha de vencimiento", "fecha vencimiento", "vencimiento", "data scadenza", "scadenza", "data de vencimento", "vencimento"],
        ["invoices.amount"] = ["invoice amount", "invoice amt", "amt", "original amount", "gross amount", "invoice total", "total open amount", "amount in doc curr", "amount in document currency", "rechnungsbetrag", "bruttobetrag", "betrag", "factuurbedrag", "bedrag", "montant facture", "montant ttc", "montant", "importe", "importe factura", "importe de la factura", "importo", "importo fattura", "totale fattura", "valor", "valor da fatura"],
        ["currency"] = ["currency code", "invoice currency", "document currency", "währung", "waehrung", "valuta", "devise", "moneda", "divisa", "moeda"],
        ["paid_on"] = ["payment date", "pmt date", "paid date", "date paid", "receipt date", "settled date", "settlement date", "clearing date", "clear date", "zahlungsdatum", "ausgleichsdatum", "betaaldatum", "betalingsdatum", "date de paiement", "date de règlement", "fecha de pago", "fecha pago", "fecha de cobro", "data pagamento", "data incasso", "data de pagamento", "data do pagamento"],
        ["payments.amount"] = ["payment amount", "payment amt", "pmt amount", "amt", "amount paid", "paid amount", "receipt amount", "zahlungsbetrag", "betrag", "betaald bedrag", "bedrag", "montant payé", "montant", "importe pagado", "importe cobrado", "importe", "importo pagato", "importo incassato", "importo", "valor pago", "valor"],
        ["occurred_at"] = ["contact date", "activity date", "contacted at", "timestamp", "date time", "kontaktdatum", "contactdatum", "date de contact", "fecha de contacto", "data contatto", "data de contato", "data do contato"],
        ["channel"] = ["contact type", "activity type", "contact method", "contact channel", "kanal", "kontaktart", "kanaal", "canal", "canale"],
        ["outcome"] = ["result", "contact result", "activity result", "disposition", "ergebnis", "resultaat", "uitkomst", "résultat", "resultado", "esito", "risultato"],
        ["collector_id"] = ["collector", "agent", "agent id", "user id", "sachbearbeiter", "medewerker", "gestionnaire", "gestor", "agente", "operatore", "cobrador"],
        ["promised_on"] = ["promise date", "ptp date", "promised date", "zusagedatum", "toezegdatum", "date de promesse", "fecha de promesa", "fecha compromiso", "data promessa", "data da promessa"],
        ["promised_amount"] = ["promise amount", "ptp amount", "zusagebetrag", "toegezegd bedrag", "montant promis", "importe prometido", "importo promesso", "valor prometido"],
    };

    /// <summary>The usual names of <paramref name="column"/> in a file of <paramref name="entity"/>, as <paramref name="plain"/> writes them.</summary>
    public static IEnumerable<string> Of(string entity, string column, Func<string, string> plain) =>
        (Names.GetValueOrDefault($"{entity}.{column}") ?? Names.GetValueOrDefault(column) ?? []).Select(plain);
}
