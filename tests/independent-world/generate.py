#!/usr/bin/env python3
"""
Independent synthetic B2B collections history with a known channel effect.

Usage:
  python3 generate.py --out DIR --customers N --seed S [--months M] [--variant base|strong-confounding|simple]
                      [--exploration X] [--start yyyy-mm-dd]

Writes customers.csv, invoices.csv, payments.csv, contact_attempts.csv and ground_truth.csv (data contract of
CollectionsInsight).  Python 3 standard library only; the same seed gives the same files.

THE WORLD
=========
A Dutch supplier (collectors in Amsterdam) sells on credit to B2B customers in Europe, the Americas and APAC.

Customers (static traits, partly hidden):
  * segment: small_business (mostly owner-managed: the owner answers the phone and decides every payment),
    mid_market, enterprise (central AP departments, many of which do not take supplier calls), public_sector
    (invoices must be matched to a purchase order; paper trail by email matters, calls achieve little).
  * reliability w (hidden, normal by segment): drives on-time payment and the chance to pay once chased.
  * approval limit (hidden, mid/enterprise and non-owner small firms): an invoice above it needs a budget
    holder's sign-off. Below it an AP clerk can release the payment on an email reminder; above it the email
    to AP stalls and a phone call that gets the matter escalated works much better.
  * personal phone rapport and inbox responsiveness multipliers (hidden; they show in reach and reply rates).
  * time zone: per-call phone reach falls with the hours between Amsterdam and the customer.
  * dispute propensity (hidden): some invoices are disputed (missing PO, price, delivery).
  * contact details: phone or email may be missing (never both).
  * onboarding: most customers are older than the history, ~20% are onboarded during it; churn for a few.

Customer state that moves month by month (a Markov chain per customer):
  * financial distress D (0/1): lowers on-time payment and the chance to pay once chased; distressed customers
    ignore email (email persuasion x0.4) but a call still gets them to prioritise this supplier;
    more broken promises, partial payments and write-offs.
  * stale phone number (contact left; calls end in wrong_number) and stale email (AP mailbox changed; bounces),
    each appearing and being repaired at monthly rates.
  * tenure (new customer < 90 days: vendor set-up / "invoice not received" problems: lower baseline, email with
    the invoice copy works better).

Invoices: Poisson per month by customer rate, lognormal amounts around the customer's typical size, terms
mostly 30 days (14/45/60 for some). A few credit notes (rebates, dispute settlements, write-offs).

Without contact an invoice is paid on time (around the due date, many on the due date itself) with a
probability from w, D, tenure and season; otherwise it either slips by 1-6 days (a missed payment run) or is
stuck until chased. An invoice still unpaid when the collector's worklist picks it up (3 days overdue at the
earliest, later with backlog, small invoices wait longer, tiny ones are often not chased at all and are paid
late on their own) starts a COLLECTION EFFORT.

THE EPISODE MODEL (one function, episode_model(), used for both the simulation and the ground truth)
  Given customer, state at the start, invoice amount, days overdue at start, month and channel mix:
  * with probability delta the invoice is disputed. A dispute is resolved and paid in full within the window
    only if a call reaches someone (resolve 0.35) or a delivered email documents it (resolve 0.25);
    otherwise a credit note for part of it is issued after 5-10 weeks and the rest is paid.
  * not disputed: independent "causes" each may make the customer pay within 28 days of the start:
      - baseline b (would pay anyway): logit from reliability, distress, days overdue, size relative to the
        customer's typical invoice, tenure, season, segment;
      - phone: calls on weekdays 0, 2, 4 of the week (phone only) or 0, 2 (both); each call reaches with a
        per-call probability c (segment/owner/AP-no-calls/time zone/personal; 0 when the number is stale);
        a reached customer is persuaded with k_p (owner, or invoice above approval limit: high);
      - email: first email on day 0 (plus a reminder on weekday 3 when email only); delivered unless the
        mailbox is stale; persuades with k_e (AP below approval limit, public sector, new customers: high;
        owners and distressed customers: low); in "both" only one email is sent (k_e x 0.8).
      - "both" also ANNOYS relationship-sensitive customers: reliable (high w), long-standing mid-market and
        enterprise accounts that get chased on two channels in the first week of a slip deprioritise the
        supplier: the baseline b is multiplied by (1 - eta).
    The invoice is paid in full within the window if any cause fires; the payment day is the earliest firing
    cause's day (baseline: geometric mean ~12 days; phone: a few days after the reaching call; email: ~a week).
  * otherwise it is paid later (33+ days; mean 25 days later, 55 when distressed), or written off
    (never paid; credit note after ~5-7 months).
  Contact log of the effort: the first-week calls (reached / voicemail / no_answer / wrong_number; a reached
  call records promise_to_pay, with promised_on, or dispute), emails (sent / bounced / replied, inbound reply
  rows with a promise or a dispute), then weekly/fortnightly follow-ups on any channel while unpaid (some
  sms for small firms, demand letters after 5 weeks). Promises made without the will to pay are broken.
  Some payments come in two instalments; written-off and disputed invoices get credit notes, which (as in
  many ledgers' exports) are not linked to the invoice, so such invoices stay partly open in the data.
  p_paid(mix) = P(paid in full within 28 days of start), exact from the above (no simulation).
  days(mix)   = expected days from start to full settlement, never-settled counted as 120, exact.
  Nothing is paid on days 29-32 after the start, so "within 30 days" means the same with < or <=.

Ground truth: episode_model() evaluated for a new effort starting at the end date (or the next weekday),
the customer's state at the end date, the customer's typical invoice amount, 5 days overdue.
Missing phone: p_paid_phone = p_paid_both = p_paid_email (and vice versa for missing email).

COLLECTORS (confounded): each customer belongs to a collector's portfolio (region / key accounts).
  The collector picks the first-week mix with probability 1-exploration by rules with noise and personal
  preference: phone for large invoices, chronically late payers (observed average days late), small firms;
  email for reliable payers, enterprise and public AP, after a recent wrong number; both for very overdue
  invoices and customers with a broken promise; never a channel whose detail is missing. With probability
  `exploration` the mix is uniform among the reachable ones.
  variant strong-confounding: exploration 0.1 and the collector also knows things the data does not show that
  drive the outcome: distressed customers get phone/both, a dispute already flagged gets both, and customers
  the collector expects to pay anyway (high hidden reliability) get email.
  variant simple: the channel effect depends (almost) only on the segment: per-call reach, persuasion and
  annoyance by segment (table SIMPLE); no approval limits, owners, AP no-call desks, time zones, personal
  multipliers; distress does not change the persuasion. (Baseline, reachability of missing/stale details and
  the collectors are as in base.)

The generator prints to stderr the episode counts, a check of the simulated outcomes against the exact model
p, and the truth's mean p per channel, the oracle and oracle minus the best single channel.
--debug-episodes FILE also writes every simulated episode (invoice, start, mix, model p, outcome).
"""

import argparse
import csv
import datetime as dt
import math
import os
import random
import sys

# ----------------------------------------------------------------------------------------------------------
# Static tables
# ----------------------------------------------------------------------------------------------------------

SEGMENTS = [("small_business", 0.45), ("mid_market", 0.30), ("enterprise", 0.15), ("public_sector", 0.10)]

# country, weight, time zone, UTC offset in winter (hours), phone prefix, tld, legal form, currency
COUNTRIES = [
    ("NL", 30, "Europe/Amsterdam", 1, "+31", "nl", "B.V.", "EUR"),
    ("BE", 8, "Europe/Brussels", 1, "+32", "be", "NV", "EUR"),
    ("DE", 15, "Europe/Berlin", 1, "+49", "de", "GmbH", "EUR"),
    ("FR", 6, "Europe/Paris", 1, "+33", "fr", "SAS", "EUR"),
    ("GB", 10, "Europe/London", 0, "+44", "co.uk", "Ltd", "GBP"),
    ("IE", 2, "Europe/Dublin", 0, "+353", "ie", "Ltd", "EUR"),
    ("ES", 3, "Europe/Madrid", 1, "+34", "es", "S.L.", "EUR"),
    ("IT", 3, "Europe/Rome", 1, "+39", "it", "S.r.l.", "EUR"),
    ("PL", 3, "Europe/Warsaw", 1, "+48", "pl", "Sp. z o.o.", "EUR"),
    ("SE", 2, "Europe/Stockholm", 1, "+46", "se", "AB", "EUR"),
    ("FI", 1, "Europe/Helsinki", 2, "+358", "fi", "Oy", "EUR"),
    ("US", 5, "America/New_York", -5, "+1", "com", "Inc.", "USD"),
    ("US", 3, "America/Chicago", -6, "+1", "com", "LLC", "USD"),
    ("US", 2, "America/Los_Angeles", -8, "+1", "com", "Inc.", "USD"),
    ("CA", 1, "America/Toronto", -5, "+1", "ca", "Ltd", "USD"),
    ("AE", 1, "Asia/Dubai", 4, "+971", "ae", "LLC", "EUR"),
    ("IN", 1, "Asia/Kolkata", 5.5, "+91", "in", "Pvt Ltd", "EUR"),
    ("SG", 2, "Asia/Singapore", 8, "+65", "sg", "Pte Ltd", "EUR"),
    ("AU", 2, "Australia/Sydney", 10, "+61", "com.au", "Pty Ltd", "EUR"),
]
HOME_OFFSET = 1  # Amsterdam

NAME_A = ["Polar", "Nordic", "Delta", "Summit", "Blue", "Oak", "Harbor", "Vector", "Green", "Atlas", "Cobalt",
          "Silver", "Orion", "Maple", "Granite", "Lumen", "Pioneer", "Swift", "Kestrel", "Meridian", "Northway",
          "Riverside", "Beacon", "Crest", "Alpine", "Zenith", "Copper", "Falcon", "Linden", "Sterling"]
NAME_B = ["Media", "Logistics", "Foods", "Engineering", "Systems", "Retail", "Construction", "Tech", "Consulting",
          "Print", "Textiles", "Medical", "Packaging", "Energy", "Installations", "Interiors", "Trading", "Labs",
          "Automotive", "Marine", "Software", "Catering", "Facilities", "Optics", "Plastics"]
PUBLIC_KINDS = ["Municipality of {}", "{} Water Board", "{} University", "{} Regional Hospital", "{} District Council",
                "{} Public Library", "{} School Board", "{} Transport Authority"]
PLACES = ["Utrecht", "Leiden", "Gent", "Bremen", "Lyon", "Leeds", "Cork", "Bilbao", "Verona", "Gdansk", "Malmo",
          "Tampere", "Boston", "Denver", "Portland", "Ottawa", "Perth", "Delft", "Aachen", "Haarlem"]
FIRST = ["Anna", "Bram", "Carla", "Daan", "Eva", "Finn", "Greta", "Hugo", "Iris", "Jonas", "Kim", "Lars", "Maria",
         "Noah", "Olga", "Pieter", "Rosa", "Sam", "Tess", "Umar", "Vera", "Wim", "Yara", "Zoe", "James", "Sophie",
         "Lukas", "Chloe", "Marco", "Priya", "Wei", "Liam", "Emma", "Jan", "Sara"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meyer", "Schulz", "Martin", "Dubois", "Smith", "Brown",
        "Murphy", "Garcia", "Rossi", "Nowak", "Berg", "Virtanen", "Johnson", "Miller", "Tan", "Patel", "Wilson",
        "Peeters", "Fischer", "Moreau", "Kelly", "Lopez", "Bianchi", "Lindqvist", "Chen"]

SEG = {
    # invoices/month (median), typical amount (median), spread of customer medians, within-customer spread,
    # terms distribution, owner-managed share, AP-no-calls share, approval-limit median (None = not applicable),
    # reliability mean, distress hazard/month, dispute rate, phone missing, email missing,
    # baseline intercept, annoyance scale
    "small_business": dict(rate=0.75, amount=900, amount_sd=0.7, inv_sd=0.55,
                           terms=[(14, .15), (30, .80), (45, .05)], owner=0.8, nocall=0.0, approval=2500,
                           w_mu=0.25, haz=0.030, dispute=0.02, no_phone=0.05, no_email=0.08, b0=-0.15, eta=0.10),
    "mid_market": dict(rate=1.4, amount=4500, amount_sd=0.7, inv_sd=0.6,
                       terms=[(30, .80), (45, .10), (60, .10)], owner=0.25, nocall=0.2, approval=8000,
                       w_mu=0.55, haz=0.020, dispute=0.04, no_phone=0.10, no_email=0.03, b0=0.0, eta=0.25),
    "enterprise": dict(rate=2.3, amount=18000, amount_sd=0.7, inv_sd=0.6,
                       terms=[(30, .55), (45, .15), (60, .30)], owner=0.0, nocall=0.55, approval=30000,
                       w_mu=0.75, haz=0.010, dispute=0.06, no_phone=0.22, no_email=0.01, b0=0.05, eta=0.30),
    "public_sector": dict(rate=1.1, amount=7000, amount_sd=0.7, inv_sd=0.6,
                          terms=[(30, .70), (45, .10), (60, .20)], owner=0.0, nocall=0.35, approval=None,
                          w_mu=0.45, haz=0.0, dispute=0.05, no_phone=0.18, no_email=0.01, b0=-0.1, eta=0.08),
}

# Simple variant: the channel effect by segment only.
SIMPLE = {
    "small_business": dict(c=0.50, kp=0.32, ke=0.08, eta=0.06),
    "mid_market": dict(c=0.30, kp=0.22, ke=0.22, eta=0.06),
    "enterprise": dict(c=0.12, kp=0.20, ke=0.32, eta=0.18),
    "public_sector": dict(c=0.20, kp=0.08, ke=0.32, eta=0.10),
}

VARIANTS = {
    "base": dict(exploration=0.25, hidden_policy=False, simple=False),
    "strong-confounding": dict(exploration=0.10, hidden_policy=True, simple=False),
    "simple": dict(exploration=0.25, hidden_policy=False, simple=True),
}

# Collectors: portfolio and personal preference (phone, email, both) added to the rule scores.
COLLECTORS = {
    "c01": (0.35, 0.0, 0.0),   # NL/BE small business, likes the phone
    "c02": (0.0, 0.35, 0.0),   # NL/BE mid-market, emails a lot
    "c03": (0.1, 0.1, 0.2),    # DACH + rest of Europe
    "c04": (0.0, 0.2, 0.1),    # UK/IE/Americas
    "c05": (-0.2, 0.5, 0.0),   # APAC / Middle East: mostly email
    "c06": (0.2, 0.0, 0.3),    # key accounts: enterprise + public
}

WINDOW_PAY = 28     # paid within the window = paid by day 28 after the start (days 29-32 never pay)
LATE_FROM = 33
CAP_DAYS = 120
MIXES = ("phone", "email", "both")


def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def logit(p):
    return math.log(p / (1 - p))


def weighted(rng, items):
    """items: list of (value, weight)."""
    tot = sum(w for _, w in items)
    r = rng.random() * tot
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


def poisson(rng, lam):
    # Knuth; lam is small here
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def geometric_pmf(first, last, mean_gap):
    """pmf over days first..last of a geometric start at `first` with the given mean gap, truncated."""
    q = 1.0 - 1.0 / mean_gap
    if first > last:
        return {}
    w = {t: q ** (t - first) for t in range(first, last + 1)}
    s = sum(w.values())
    return {t: v / s for t, v in w.items()}


def draw_pmf(rng, pmf):
    r = rng.random()
    last = None
    for t, p in pmf.items():
        r -= p
        last = t
        if r <= 0:
            return t
    return last


def cdf_at(pmf, t):
    return sum(p for d, p in pmf.items() if d <= t)


def weekday_offsets(start):
    """Day offsets (0..6) of the first five weekdays starting at `start` (a weekday)."""
    offs = []
    d = 0
    while len(offs) < 5:
        if (start + dt.timedelta(days=d)).weekday() < 5:
            offs.append(d)
        d += 1
    return offs


def next_weekday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


# ----------------------------------------------------------------------------------------------------------
# The episode model: the single source of truth for the channel effect
# ----------------------------------------------------------------------------------------------------------

class Episode:
    """Everything that decides the outcome of one collection effort under one channel mix."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    # --- exact quantities -------------------------------------------------------------------------------
    def phone_fire_cdf(self, t):
        """P(phone cause fired and its day <= t)."""
        s = 0.0
        miss = 1.0
        for off in self.call_offsets:
            s += miss * self.c * self.kp * cdf_at(self.pmf_phone[off], t)
            miss *= (1 - self.c)
        return s

    def reach_prob(self):
        return 1 - (1 - self.c) ** len(self.call_offsets)

    def p_paid(self):
        nd = 1 - (1 - self.b) * (1 - self.reach_prob() * self.kp) * (1 - self.deliver * self.ke)
        return (1 - self.delta) * nd + self.delta * self.q_dispute()

    def q_dispute(self):
        return 1 - (1 - self.reach_prob() * 0.35) * (1 - self.deliver * 0.25)

    def expected_late_days(self):
        """E[min(settle day, CAP)] for a non-disputed invoice not paid within the window."""
        e = 0.0
        pmf = geometric_pmf(LATE_FROM, 400, self.late_mean)
        for t, p in pmf.items():
            e += p * min(t, CAP_DAYS)
        return self.writeoff * CAP_DAYS + (1 - self.writeoff) * e

    def expected_days(self):
        # non-disputed: survival over days 1..28 of independent causes
        def surv(t):
            return ((1 - self.b * cdf_at(self.pmf_base, t)) * (1 - self.phone_fire_cdf(t)) *
                    (1 - self.deliver * self.ke * cdf_at(self.pmf_email, t)))
        e_nd = 0.0
        prev = 1.0
        for t in range(1, WINDOW_PAY + 1):
            s = surv(t)
            e_nd += t * (prev - s)
            prev = s
        e_nd += prev * self.expected_late_days()
        q = self.q_dispute()
        e_d = q * 18.0 + (1 - q) * (52.5 + 6.5)   # resolution uniform 8..28; else credit note 35..70 + 3..10
        return (1 - self.delta) * e_nd + self.delta * e_d


PMF_BASE = geometric_pmf(1, WINDOW_PAY, 12.0)


def episode_model(cust, state, amount, dod, month, start, mix, simple):
    """The channel effect. `state` = (distress, phone_stale, email_stale, tenure_days)."""
    seg = cust["segment"]
    P = SEG[seg]
    distress, phone_stale, email_stale, tenure = state
    new = tenure < 90
    # ---- baseline: would pay within the window anyway
    season = {8: -0.3, 12: -0.15}.get(month, 0.0)
    x = (P["b0"] + 0.8 * cust["w"] - 1.5 * distress - 0.03 * (dod - 5)
         - 0.3 * math.log(amount / cust["typical"]) - 0.4 * new + season)
    b = sigmoid(x)
    offs = weekday_offsets(start)
    if simple:
        S = SIMPLE[seg]
        c, kp, ke, eta = S["c"], S["kp"], S["ke"], S["eta"]
    else:
        # ---- per-call reach
        if cust["owner"]:
            c = 0.55
        elif cust["nocall"]:
            c = 0.08
        elif seg == "public_sector":
            c = 0.22
        else:
            c = 0.32
        tzd = cust["tz_hours"]
        c *= 1.0 if tzd <= 2 else 0.75 if tzd <= 5 else 0.5 if tzd <= 8 else 0.35
        c = min(0.85, c * cust["rapport"])
        # ---- persuasion given contact
        above = cust["approval"] is not None and amount > cust["approval"]
        if cust["owner"]:
            kp, ke = 0.34, 0.10
        elif seg == "public_sector":
            kp, ke = 0.08, 0.30
        elif above:
            kp, ke = 0.32, 0.08
        else:
            kp, ke = 0.16, 0.28
        kp = min(0.9, kp * cust["rapport"])
        ke = min(0.9, ke * cust["inbox"])
        if distress:
            ke *= 0.4
        if new:
            ke = min(0.9, ke + 0.08)
        # ---- annoyance of being chased on two channels at once
        eta = P["eta"] * sigmoid(2.5 * (cust["w"] - 0.9)) * (1.0 if tenure > 365 else 0.5)
    if phone_stale:
        c = 0.0
    deliver = 0.0 if email_stale else 1.0
    if mix == "phone":
        call_offsets, email_offsets, ke_mix, b_mix = [offs[0], offs[2], offs[4]], [], 0.0, b
    elif mix == "email":
        call_offsets, email_offsets, ke_mix, b_mix = [], [offs[0], offs[3]], ke, b
    else:
        call_offsets, email_offsets, ke_mix, b_mix = [offs[0], offs[2]], [offs[0]], 0.8 * ke, b * (1 - eta)
    pmf_phone = {o: geometric_pmf(o + 1, WINDOW_PAY, 4.0) for o in call_offsets}
    email_first = email_offsets[0] if email_offsets else 0
    pmf_email = geometric_pmf(email_first + 1, WINDOW_PAY, 7.0)
    delta = min(0.25, cust["dispute"] * (1.8 if distress else 1.0) * (1.5 if new else 1.0))
    return Episode(mix=mix, b=b_mix, c=c if call_offsets else 0.0, kp=kp if call_offsets else 0.0,
                   ke=ke_mix if email_offsets else 0.0, deliver=deliver if email_offsets else 0.0,
                   call_offsets=call_offsets, email_offsets=email_offsets, pmf_phone=pmf_phone,
                   pmf_email=pmf_email, pmf_base=PMF_BASE, delta=delta,
                   writeoff=0.04 + 0.20 * distress, late_mean=25.0 + 30.0 * distress, distress=distress,
                   phone_stale=phone_stale, email_stale=email_stale)


# ----------------------------------------------------------------------------------------------------------
# Generator
# ----------------------------------------------------------------------------------------------------------

class World:
    def __init__(self, args):
        self.args = args
        v = VARIANTS[args.variant]
        self.simple = v["simple"]
        self.hidden_policy = v["hidden_policy"]
        self.exploration = args.exploration if args.exploration is not None else v["exploration"]
        self.start = dt.date.fromisoformat(args.start)
        self.months = args.months
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.customers, self.invoices, self.payments, self.attempts, self.truth = [], [], [], [], []
        self.n_pay = self.n_att = self.n_inv = 0
        self.debug = []   # per episode: invoice, start, mix, model p, paid within window (--debug-episodes)
        self.stats = {"episodes": 0, "episodes_complete": 0, "mix": {m: 0 for m in MIXES}}

    # ---- ids
    def pay_id(self):
        self.n_pay += 1
        return "P%07d" % self.n_pay

    def att_id(self):
        self.n_att += 1
        return "A%07d" % self.n_att

    def inv_id(self):
        self.n_inv += 1
        return "INV%07d" % self.n_inv

    def month_index(self, d):
        return (d.year - self.start.year) * 12 + d.month - self.start.month

    # ---- customers ------------------------------------------------------------------------------------
    def make_customer(self, i, rng):
        seg = weighted(rng, SEGMENTS)
        P = SEG[seg]
        cdef = weighted(rng, [(c, c[1]) for c in COUNTRIES])
        country, _, tz, off, prefix, tld, legal, cur = cdef
        if seg in ("enterprise", "public_sector") and country not in ("NL", "BE", "DE", "GB", "FR", "US"):
            # big accounts mostly in the core markets
            if rng.random() < 0.5:
                cdef = COUNTRIES[0]
                country, _, tz, off, prefix, tld, legal, cur = cdef
        cid = "C%05d" % (i + 1)
        if seg == "public_sector":
            name = rng.choice(PUBLIC_KINDS).format(rng.choice(PLACES))
        else:
            name = "%s %s %s" % (rng.choice(NAME_A), rng.choice(NAME_B), legal)
        slug = "".join(ch for ch in name.lower().split(" ")[0] + name.lower().split(" ")[1] if ch.isalnum())
        domain = "%s%d.%s" % (slug, i + 1, tld)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        owner = rng.random() < P["owner"]
        nocall = (not owner) and rng.random() < P["nocall"]
        # onboarding: 80% before the history (up to 10 years), 20% during it
        if rng.random() < 0.8:
            onboarded = self.start - dt.timedelta(days=int(30 + rng.random() ** 1.5 * 3600))
        else:
            span = (self.end - self.start).days - 20
            onboarded = self.start + dt.timedelta(days=int(rng.random() * span))
        typical = round(math.exp(math.log(P["amount"]) + rng.gauss(0, P["amount_sd"])), 2)
        approval = None
        if P["approval"] is not None and not owner:
            approval = math.exp(math.log(P["approval"]) + rng.gauss(0, 0.7))
        no_phone = rng.random() < P["no_phone"]
        no_email = (not no_phone) and rng.random() < P["no_email"]
        phone = "" if no_phone else "%s %d %07d" % (prefix, rng.randint(10, 99), rng.randint(1000000, 9999999))
        if no_email:
            email = ""
        elif owner:
            email = "%s@%s" % (first.lower(), domain)
        else:
            email = rng.choice(["ap@", "accounts.payable@", "invoices@", "finance@"]) + domain
        terms = weighted(rng, P["terms"])
        rate = math.exp(math.log(P["rate"]) + rng.gauss(0, 0.45))
        churn = None
        if rng.random() < 0.08:
            churn = rng.randint(3, self.months)
        cust = dict(
            id=cid, name=name, segment=seg, country=country, tz=tz, tz_hours=abs(off - HOME_OFFSET),
            terms=terms, onboarded=onboarded, contact="%s %s" % (first, last), phone=phone, email=email,
            owner=owner, nocall=nocall, approval=approval, typical=typical, rate=rate, churn=churn,
            w=rng.gauss(P["w_mu"], 1.0), rapport=math.exp(rng.gauss(0, 0.25)), inbox=math.exp(rng.gauss(0, 0.35)),
            dispute=min(0.2, P["dispute"] * math.exp(rng.gauss(0, 0.5))), currency=cur,
            billing_day=rng.randint(1, 28) if rng.random() < 0.3 else None,
            collector=self.collector_for(seg, country, owner),
        )
        cust["credit_limit"] = round(max(1000, cust["typical"] * cust["rate"] * 3) / 500) * 500
        cust["states"] = self.make_states(cust, rng)
        return cust

    def collector_for(self, seg, country, owner):
        if seg in ("enterprise", "public_sector"):
            return "c06"
        if country in ("NL", "BE"):
            return "c01" if seg == "small_business" else "c02"
        if country in ("GB", "IE", "US", "CA"):
            return "c04"
        if country in ("AE", "IN", "SG", "AU"):
            return "c05"
        return "c03"

    def make_states(self, cust, rng):
        """Monthly (distress, phone_stale, email_stale) over the history."""
        haz = SEG[cust["segment"]]["haz"] * math.exp(-0.4 * cust["w"])
        rec = 0.12
        ph_haz = 0.018 if cust["segment"] == "small_business" else 0.010
        em_haz = 0.006
        stat = haz / (haz + rec) if haz > 0 else 0.0
        d = 1 if rng.random() < stat else 0
        ps = 1 if (cust["phone"] and rng.random() < ph_haz / (ph_haz + 0.25)) else 0
        es = 1 if (cust["email"] and rng.random() < em_haz / (em_haz + 0.35)) else 0
        out = []
        for _ in range(self.months):
            out.append((d, ps, es))
            d = (0 if rng.random() < rec else 1) if d else (1 if rng.random() < haz else 0)
            if cust["phone"]:
                ps = (0 if rng.random() < 0.25 else 1) if ps else (1 if rng.random() < ph_haz else 0)
            if cust["email"]:
                es = (0 if rng.random() < 0.35 else 1) if es else (1 if rng.random() < em_haz else 0)
        return out

    def state_at(self, cust, d):
        m = min(max(self.month_index(d), 0), self.months - 1)
        ds, ps, es = cust["states"][m]
        return (ds, ps, es, (d - cust["onboarded"]).days)

    # ---- invoices and the pre-collection path -----------------------------------------------------------
    def make_invoices(self, cust, rng):
        invs = []
        first_month = max(0, self.month_index(cust["onboarded"]))
        last_month = self.months - 1 if cust["churn"] is None else min(self.months - 1, cust["churn"])
        P = SEG[cust["segment"]]
        for m in range(first_month, last_month + 1):
            m0 = add_months(self.start, m)
            m1 = add_months(self.start, m + 1) - dt.timedelta(days=1)
            if cust["billing_day"] is not None:
                n = 1 if rng.random() < min(0.95, cust["rate"]) else 0
                n += poisson(rng, max(0.0, cust["rate"] - 1))
            else:
                n = poisson(rng, cust["rate"])
            for k in range(n):
                if cust["billing_day"] is not None and k == 0:
                    day = m0 + dt.timedelta(days=cust["billing_day"] - 1)
                else:
                    day = next_weekday(m0 + dt.timedelta(days=rng.randint(0, (m1 - m0).days)))
                if day < cust["onboarded"] or day > self.end:
                    continue
                amount = round(cust["typical"] * math.exp(rng.gauss(0, P["inv_sd"]) - P["inv_sd"] ** 2 / 4), 2)
                amount = max(25.0, amount)
                invs.append(dict(id=None, cust=cust, issued=day, due=day + dt.timedelta(days=cust["terms"]),
                                 amount=amount))
            # occasional credit note (rebate, return)
            if rng.random() < 0.012 * cust["rate"]:
                day = next_weekday(m0 + dt.timedelta(days=rng.randint(0, 27)))
                if cust["onboarded"] <= day <= self.end:
                    amt = -round(cust["typical"] * rng.uniform(0.05, 0.3), 2)
                    invs.append(dict(id=None, cust=cust, issued=day, due=day, amount=amt, credit=True))
        invs.sort(key=lambda x: x["issued"])
        for inv in invs:
            inv["id"] = self.inv_id()
        return invs

    def natural_path(self, inv, rng):
        """Decide how the invoice goes without collection: paid on time, paid a little late before the
        collector gets to it, or into collection at a start date (days overdue at start)."""
        cust = inv["cust"]
        seg = cust["segment"]
        st = self.state_at(cust, inv["due"])
        distress, _, _, tenure = st
        season = {8: -0.3, 12: -0.2}.get(inv["due"].month, 0.0)
        x = 0.45 + 0.9 * cust["w"] - 1.8 * distress - 0.5 * (tenure < 90) + season
        on_time = rng.random() < sigmoid(x)
        due = inv["due"]
        # when the collector's worklist reaches it: at 3 days overdue at the earliest, backlog for some
        start = next_weekday(due + dt.timedelta(days=3))
        r = rng.random()
        if r < (0.45 if inv["amount"] < 1000 else 0.25):
            start = next_weekday(start + dt.timedelta(days=rng.randint(3, 20)))
        chased = not (inv["amount"] < 250 and rng.random() < 0.6)
        if on_time:
            if seg == "small_business" and rng.random() < 0.5:
                d = inv["issued"] + dt.timedelta(days=rng.randint(2, max(2, cust["terms"])))
            elif rng.random() < 0.55:
                d = due
            else:
                d = due - dt.timedelta(days=rng.randint(1, 7))
            return ("paid", max(d, inv["issued"] + dt.timedelta(days=1)))
        # late: either a slip of a few days (missed payment run) or stuck until chased
        if rng.random() < 0.35:
            late = rng.randint(1, 6)
        else:
            late = 10 ** 4
        if due + dt.timedelta(days=late) < start or not chased:
            if not chased and due + dt.timedelta(days=late) >= start:
                late = (start - due).days + int(-math.log(1 - rng.random()) * 20.0)
            return ("paid", due + dt.timedelta(days=late))
        return ("collect", start)

    # ---- collector policy -------------------------------------------------------------------------------
    def choose_mix(self, cust, inv, start, dod, hist, rng, st, disputed):
        has_p, has_e = bool(cust["phone"]), bool(cust["email"])
        reachable = [m for m in MIXES if (m != "phone" or has_p) and (m != "email" or has_e)
                     and (m != "both" or (has_p and has_e))]
        if len(reachable) == 1:
            return reachable[0]
        if rng.random() < self.exploration:
            return rng.choice(reachable)
        seg = cust["segment"]
        lates = [x for (paid_on, x) in hist["late"] if paid_on < start][-6:]
        avg_late = sum(lates) / len(lates) if lates else 5.0
        broken = any(d < start and (start - d).days < 180 for d in hist["broken"])
        wrong = any(d < start and (start - d).days < 60 for d in hist["wrong"])
        bounced = any(d < start and (start - d).days < 60 for d in hist["bounced"])
        pp, pe, pb = COLLECTORS[cust["collector"]]
        s = {
            "phone": pp + 0.9 * (inv["amount"] > 10000) + 0.7 * (avg_late > 10) + 0.6 * (seg == "small_business")
            - 0.6 * (seg in ("enterprise", "public_sector")) - 1.5 * wrong + 0.3 * bounced,
            "email": pe + 0.9 * (avg_late <= 3) + 0.6 * (seg in ("enterprise", "public_sector")) - 1.5 * bounced
            + 0.3 * wrong + 0.3 * (inv["amount"] < 2000),
            "both": pb - 0.4 + 1.2 * (dod > 15) + 0.7 * broken + 0.4 * (avg_late > 20),
        }
        if self.hidden_policy:
            distress = st[0]
            s["phone"] += 1.0 * distress
            s["both"] += 1.3 * distress + 1.0 * disputed
            s["email"] += 0.9 * (cust["w"] > 1.0) - 0.8 * distress
        noisy = {m: s[m] + rng.gauss(0, 0.45) for m in reachable}
        return max(noisy, key=noisy.get)

    # ---- the collection episode ------------------------------------------------------------------------
    def call_time(self, cust, day, rng):
        tzh = cust["tz_hours"]
        off = [c for c in COUNTRIES if c[2] == cust["tz"]][0][3]
        if off <= -4:
            h = rng.randint(15, 17)
        elif off >= 4:
            h = rng.randint(8, 10)
        else:
            h = rng.randint(9, 16)
        return dt.datetime(day.year, day.month, day.day, h, rng.randint(0, 59))

    def attempt(self, cust, inv, when, channel, direction, outcome, promised_on=None, promised_amount=None):
        if when.date() > self.end:
            return
        self.attempts.append([self.att_id(), cust["id"], inv["id"], when.strftime("%Y-%m-%dT%H:%M:%S"), channel,
                              direction, outcome, cust["collector"] if direction == "outbound" else "",
                              promised_on.isoformat() if promised_on else "",
                              "%.2f" % promised_amount if promised_amount else ""])

    def pay(self, cust, inv, day, amount):
        if day > self.end or amount <= 0:
            return
        self.payments.append([self.pay_id(), cust["id"], inv["id"], day.isoformat(), "%.2f" % amount])

    def credit_note(self, cust, day, amount):
        if day > self.end:
            return
        self.invoices.append([self.inv_id(), cust["id"], day.isoformat(), day.isoformat(), "%.2f" % -amount,
                              cust["currency"]])

    def run_episode(self, inv, start, hist, rng):
        cust = inv["cust"]
        st = self.state_at(cust, start)
        dod = (start - inv["due"]).days
        ep0 = episode_model(cust, st, inv["amount"], dod, start.month, start, "phone", self.simple)
        disputed = rng.random() < ep0.delta
        mix = self.choose_mix(cust, inv, start, dod, hist, rng, st, disputed)
        ep = episode_model(cust, st, inv["amount"], dod, start.month, start, mix, self.simple)
        self.stats["episodes"] += 1
        if start + dt.timedelta(days=30) <= self.end:
            self.stats["episodes_complete"] += 1
            self.stats["mix"][mix] += 1
        D = lambda k: start + dt.timedelta(days=k)
        amount = inv["amount"]
        # --- phone: sequential calls until one reaches
        calls = []  # (offset, outcome)
        reach_off = None
        for off in ep.call_offsets:
            if st[1]:
                calls.append((off, "wrong_number"))
                break
            if rng.random() < ep.c:
                calls.append((off, "reached"))
                reach_off = off
                break
            calls.append((off, "voicemail" if rng.random() < (0.35 if cust["nocall"] else 0.6) else "no_answer"))
        email_delivered = bool(ep.email_offsets) and not st[2]
        if disputed:
            resolved = ((reach_off is not None and rng.random() < 0.35) or
                        (email_delivered and rng.random() < 0.25))
            settle = rng.randint(8, WINDOW_PAY) if resolved else None
            phone_fired = email_fired = False
        else:
            times = []
            if rng.random() < ep.b:
                times.append(draw_pmf(rng, ep.pmf_base))
            phone_fired = reach_off is not None and rng.random() < ep.kp
            if phone_fired:
                times.append(draw_pmf(rng, ep.pmf_phone[reach_off]))
            email_fired = email_delivered and rng.random() < ep.ke
            if email_fired:
                times.append(draw_pmf(rng, ep.pmf_email))
            settle = min(times) if times else None
        # --- what happens after the window
        writeoff = False
        cn_day = None
        if settle is None:
            if disputed:
                cn_day = rng.randint(35, 70)
                final = cn_day + rng.randint(3, 10)
            elif rng.random() < ep.writeoff:
                writeoff = True
                final = None
            else:
                final = draw_pmf(rng, geometric_pmf(LATE_FROM, 400, ep.late_mean))
        else:
            final = settle
        stop = final if final is not None else 10 ** 6
        # --- contact log of the first week
        for off, outcome in calls:
            if off >= stop:
                break
            when = self.call_time(cust, D(off), rng)
            pr_on = None
            if outcome == "reached":
                if disputed:
                    outcome = "dispute"
                elif phone_fired and rng.random() < 0.75:
                    outcome, pr_on = "promise_to_pay", D(max(off + 1, final))
                elif not phone_fired and rng.random() < 0.25 + 0.3 * st[0]:
                    outcome, pr_on = "promise_to_pay", D(off + rng.randint(3, 10))
                if pr_on is not None and (final is None or final > (pr_on - start).days + 2):
                    hist["broken"].append(pr_on)
            if outcome == "wrong_number":
                hist["wrong"].append(D(off))
            self.attempt(cust, inv, when, "phone", "outbound", outcome, pr_on, amount if pr_on else None)
        replied_once = False
        for j, off in enumerate(ep.email_offsets):
            if off >= stop or (j > 0 and replied_once):
                break
            when = dt.datetime.combine(D(off), dt.time(rng.randint(7, 9), rng.randint(0, 59)))
            if mix == "both" and j == 0:
                when = when.replace(hour=8)
            if st[2]:
                self.attempt(cust, inv, when, "email", "outbound", "bounced")
                hist["bounced"].append(D(off))
                continue
            reply = rng.random() < (0.55 if email_fired else (0.5 if disputed else 0.12))
            if reply:
                replied_once = True
                self.attempt(cust, inv, when, "email", "outbound", "replied")
                rday = off + rng.randint(0, 2)
                if rday < stop and D(rday) <= self.end:
                    rwhen = dt.datetime.combine(D(rday), dt.time(rng.randint(10, 17), rng.randint(0, 59)))
                    if disputed:
                        self.attempt(cust, inv, rwhen, "email", "inbound", "dispute")
                    elif email_fired and rng.random() < 0.5:
                        self.attempt(cust, inv, rwhen, "email", "inbound", "promise_to_pay",
                                     D(max(rday + 1, final)), amount)
            else:
                self.attempt(cust, inv, when, "email", "outbound", "sent")
        # --- follow-ups after the first week (any channel), while unpaid
        for off in (10, 17, 24, 38, 52, 66, 80):
            if off >= stop or D(off) > self.end:
                break
            day = next_weekday(D(off))
            if (day - start).days >= stop:
                break
            chan = mix if mix != "both" else rng.choice(["phone", "email"])
            if off >= 38 and rng.random() < 0.3:   # formal demand letter
                self.attempt(cust, inv, dt.datetime.combine(day, dt.time(11, 0)), "letter", "outbound", "sent")
                continue
            if cust["segment"] == "small_business" and cust["phone"] and rng.random() < 0.05:   # text reminder
                self.attempt(cust, inv, dt.datetime.combine(day, dt.time(10, 0)), "sms", "outbound", "sent")
                continue
            if chan == "phone":
                ph_st = self.state_at(cust, day)
                if ph_st[1]:
                    out = "wrong_number"
                    hist["wrong"].append(day)
                elif rng.random() < ep.c:
                    out = "dispute" if disputed else "reached"
                else:
                    out = "voicemail" if rng.random() < 0.5 else "no_answer"
                self.attempt(cust, inv, self.call_time(cust, day, rng), "phone", "outbound", out)
            else:
                em_st = self.state_at(cust, day)
                out = "bounced" if em_st[2] else ("replied" if rng.random() < 0.15 else "sent")
                if out == "bounced":
                    hist["bounced"].append(day)
                self.attempt(cust, inv, dt.datetime.combine(day, dt.time(8, rng.randint(0, 59))), "email",
                             "outbound", out)
        self.debug.append([inv["id"], start.isoformat(), mix, "%.6f" % ep.p_paid(), int(settle is not None)])
        if start + dt.timedelta(days=30) <= self.end:   # check: simulated outcome against the exact model
            k = self.stats.setdefault("check", {m: [0, 0.0, 0] for m in MIXES})[mix]
            k[0] += 1
            k[1] += ep.p_paid()
            k[2] += settle is not None
        # --- payments
        distress = st[0]
        if final is not None:
            due_amt = amount
            if cn_day is not None:
                cn_amt = round(amount * rng.uniform(0.1, 0.4), 2)
                self.credit_note(cust, D(cn_day), cn_amt)
                due_amt = round(amount - cn_amt, 2)
            if final >= 3 and rng.random() < 0.08 + 0.2 * distress:
                part = round(due_amt * rng.uniform(0.3, 0.7), 2)
                self.pay(cust, inv, D(rng.randint(1, final - 1)), part)
                self.pay(cust, inv, D(final), round(due_amt - part, 2))
            elif settle is None and not disputed and rng.random() < 0.2 + 0.2 * distress:
                part = round(due_amt * rng.uniform(0.2, 0.6), 2)
                self.pay(cust, inv, D(rng.randint(5, WINDOW_PAY)), part)
                self.pay(cust, inv, D(final), round(due_amt - part, 2))
            else:
                self.pay(cust, inv, D(final), due_amt)
            paid_on = D(final)
            hist["late"].append((paid_on, (paid_on - inv["due"]).days))
        else:  # written off
            paid = 0.0
            if rng.random() < 0.3:
                paid = round(amount * rng.uniform(0.1, 0.5), 2)
                self.pay(cust, inv, D(rng.randint(10, 90)), paid)
            self.credit_note(cust, D(rng.randint(150, 210)), round(amount - paid, 2))

    # ---- main loop ---------------------------------------------------------------------------------------
    def run(self):
        seed = self.args.seed
        for i in range(self.args.customers):
            rng = random.Random(seed * 1000003 + i * 7919 + 17)
            cust = self.make_customer(i, rng)
            self.customers.append(cust)
            invs = self.make_invoices(cust, rng)
            hist = {"late": [], "broken": [], "wrong": [], "bounced": []}
            to_collect = []
            for inv in invs:
                self.invoices.append([inv["id"], cust["id"], inv["issued"].isoformat(), inv["due"].isoformat(),
                                      "%.2f" % inv["amount"], cust["currency"]])
                if inv.get("credit"):
                    continue
                kind, d = self.natural_path(inv, rng)
                if kind == "paid":
                    self.pay(cust, inv, d, inv["amount"])
                    hist["late"].append((d, (d - inv["due"]).days))
                elif d <= self.end:
                    to_collect.append((d, inv))
            # episodes in the order of their start (the collector only knows what happened before)
            to_collect.sort(key=lambda x: (x[0], x[1]["id"]))
            for start, inv in to_collect:
                self.run_episode(inv, start, hist, rng)
            self.truth.append(self.truth_row(cust))

    def truth_row(self, cust):
        start = next_weekday(self.end)
        st = self.state_at(cust, self.end)
        st = (st[0], st[1], st[2], (self.end - cust["onboarded"]).days)
        res = {}
        for m in MIXES:
            ep = episode_model(cust, st, cust["typical"], 5, self.end.month, start, m, self.simple)
            res[m] = (ep.p_paid(), ep.expected_days())
        has_p, has_e = bool(cust["phone"]), bool(cust["email"])
        if not has_p:
            res["phone"] = res["both"] = res["email"]
        if not has_e:
            res["email"] = res["both"] = res["phone"]
        reachable = [m for m in MIXES if (m != "phone" or has_p) and (m != "email" or has_e)
                     and (m != "both" or (has_p and has_e))]
        best = max(reachable, key=lambda m: res[m][0])
        return [cust["id"], "%.6f" % res["phone"][0], "%.6f" % res["email"][0], "%.6f" % res["both"][0],
                "%.3f" % res["phone"][1], "%.3f" % res["email"][1], "%.3f" % res["both"][1], best]

    # ---- output ------------------------------------------------------------------------------------------
    def write(self, out):
        os.makedirs(out, exist_ok=True)

        def w(name, header, rows):
            with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
                cw = csv.writer(f, lineterminator="\n")
                cw.writerow(header)
                cw.writerows(rows)

        w("customers.csv", ["customer_id", "name", "segment", "country", "time_zone", "payment_terms_days",
                            "credit_limit", "onboarded_on", "contact_name", "phone", "email"],
          [[c["id"], c["name"], c["segment"], c["country"], c["tz"], c["terms"], "%.2f" % c["credit_limit"],
            c["onboarded"].isoformat(), c["contact"], c["phone"], c["email"]] for c in self.customers])
        w("invoices.csv", ["invoice_id", "customer_id", "issued_on", "due_on", "amount", "currency"], self.invoices)
        self.payments.sort(key=lambda r: (r[3], r[0]))
        w("payments.csv", ["payment_id", "customer_id", "invoice_id", "paid_on", "amount"], self.payments)
        self.attempts.sort(key=lambda r: (r[3], r[0]))
        w("contact_attempts.csv", ["attempt_id", "customer_id", "invoice_id", "occurred_at", "channel", "direction",
                                   "outcome", "collector_id", "promised_on", "promised_amount"], self.attempts)
        w("ground_truth.csv", ["customer_id", "p_paid_phone", "p_paid_email", "p_paid_both", "days_phone",
                               "days_email", "days_both", "best_channel"], self.truth)

    def summary(self):
        n = len(self.truth)
        mean = {m: sum(float(r[1 + k]) for r in self.truth) / n for k, m in enumerate(MIXES)}
        oracle = sum(max(float(r[1]), float(r[2]), float(r[3])) for r in self.truth) / n
        best_single = max(mean.values())
        shares = {m: sum(1 for r in self.truth if r[7] == m) / n for m in MIXES}
        s = self.stats
        print("end date %s; customers %d; invoices %d; payments %d; attempts %d" % (
            self.end, n, len(self.invoices), len(self.payments), len(self.attempts)), file=sys.stderr)
        print("episodes %d, with 30 days complete %d, mix %s" % (s["episodes"], s["episodes_complete"], s["mix"]),
              file=sys.stderr)
        print("check (episodes, mean model p, observed paid within window): %s" % {
            m: (v[0], round(v[1] / max(1, v[0]), 4), round(v[2] / max(1, v[0]), 4))
            for m, v in s.get("check", {}).items()}, file=sys.stderr)
        print("truth mean p: phone %.4f email %.4f both %.4f; oracle %.4f; oracle - best single %.4f; "
              "best shares %s" % (mean["phone"], mean["email"], mean["both"], oracle, oracle - best_single,
                                  {k: round(v, 3) for k, v in shares.items()}), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--out", required=True)
    ap.add_argument("--customers", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--months", type=int, default=24)
    ap.add_argument("--variant", choices=sorted(VARIANTS), default="base")
    ap.add_argument("--exploration", type=float, default=None,
                    help="share of uniformly random channel choices (default 0.25; strong-confounding 0.1)")
    ap.add_argument("--start", default="2024-01-01", help="first day of the history")
    ap.add_argument("--debug-episodes", default=None, help="also write the simulated episodes to this CSV")
    args = ap.parse_args()
    world = World(args)
    world.run()
    world.write(args.out)
    if args.debug_episodes:
        with open(args.debug_episodes, "w", newline="") as f:
            cw = csv.writer(f, lineterminator="\n")
            cw.writerow(["invoice_id", "start", "mix", "p_model", "paid_in_window"])
            cw.writerows(world.debug)
    world.summary()


if __name__ == "__main__":
    main()
