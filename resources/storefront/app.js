// Backroom reference storefront: plain JavaScript over the public store API (docs/store-api.md) only.
// Routes live in the URL hash (#/, #/search/<q>, #/p/<sku>, #/cart, #/order/<id>) so the server serves
// one static page. The cart and the pending checkout's idempotency key are kept in localStorage, so a
// checkout retried after a lost answer (or a reload) places the order once.
'use strict';
(() => {
  const STRINGS = {
    en: {
      brand: 'Backroom Shop', skip: 'Skip to products', searchLabel: 'Search products',
      searchPlaceholder: 'Search: shirt, เสื้อยืด, backpack', loading: 'Loading…', cart: 'Cart',
      footer: 'Prices include VAT. Orders are held for 15 minutes until paid.', health: 'Service status',
      products: 'Products', loadMore: 'Show more products', results: 'Results for “{0}”', noResults: 'Nothing matches “{0}”. Check the spelling or try a shorter word.',
      searching: 'Searching…', found: '{0} products found', shown: '{0} products shown',
      inStock: '{0} in stock', outOfStock: 'Out of stock', back: '← Back to products', qty: 'Quantity',
      less: 'One less', more: 'One more', addToCart: 'Add to cart', added: 'Added {0} × {1} to the cart.', viewCart: 'View cart',
      cartTitle: 'Your cart', cartEmpty: 'Your cart is empty.', keepShopping: 'Keep shopping', remove: 'Remove',
      total: 'Total', placeOrder: 'Place order', placing: 'Placing your order…', retry: 'Try again',
      orderTitle: 'Order #{0}', orderThanks: 'Thank you! Your order is reserved until {0}.', orderStatus: 'Status: {0}',
      payWith: 'Pay with {0}', payNotConfigured: 'Online payment is not set up in this shop yet: the shop will contact you to pay.',
      payScan: 'Scan this PromptPay QR code with your banking app to pay {0}.', payContinue: 'Continue to payment',
      paid: 'Paid — thank you!', payPending: 'Waiting for the payment to be confirmed…',
      errNetwork: 'Could not reach the shop. Check your connection and try again.',
      errNetworkOrder: 'The connection dropped before the shop answered: your order may already be placed. Try again — it will not be placed twice.',
      errBusy: 'The shop is very busy right now. Try again in {0} seconds — your order will not be placed twice.',
      errDatabase: 'The shop cannot take orders for a moment. Try again in {0} seconds.',
      errOutOfStock: 'Sorry, not enough “{0}” is left{1}. Lower the quantity or remove it, then place the order again.',
      errOnlyLeft: ' (only {0} left)',
      errUnknownSku: '“{0}” is no longer sold. Remove it from your cart and place the order again.',
      errKeyReused: 'This checkout was already used for a different cart. Press “Place order” again to place this one.',
      errGeneric: 'Something went wrong ({0}). Try again in a moment.', errNotFound: 'This product does not exist (any more).',
      errOrderNotFound: 'There is no order #{0}.', statusReserved: 'reserved', statusPaid: 'paid', statusCancelled: 'cancelled', statusExpired: 'expired',
      langButton: 'ไทย', langLabel: 'ภาษาไทย',
    },
    th: {
      brand: 'Backroom Shop', skip: 'ข้ามไปที่สินค้า', searchLabel: 'ค้นหาสินค้า',
      searchPlaceholder: 'ค้นหา: เสื้อยืด, shirt, กระเป๋า', loading: 'กำลังโหลด…', cart: 'ตะกร้า',
      footer: 'ราคารวมภาษีมูลค่าเพิ่มแล้ว คำสั่งซื้อจะถูกจองไว้ 15 นาทีจนกว่าจะชำระเงิน', health: 'สถานะระบบ',
      products: 'สินค้า', loadMore: 'ดูสินค้าเพิ่มเติม', results: 'ผลการค้นหา “{0}”', noResults: 'ไม่พบสินค้าที่ตรงกับ “{0}” ลองตรวจคำสะกดหรือใช้คำที่สั้นลง',
      searching: 'กำลังค้นหา…', found: 'พบสินค้า {0} รายการ', shown: 'แสดงสินค้า {0} รายการ',
      inStock: 'มีสินค้า {0} ชิ้น', outOfStock: 'สินค้าหมด', back: '← กลับไปหน้าสินค้า', qty: 'จำนวน',
      less: 'ลดหนึ่งชิ้น', more: 'เพิ่มหนึ่งชิ้น', addToCart: 'ใส่ตะกร้า', added: 'เพิ่ม {0} × {1} ลงตะกร้าแล้ว', viewCart: 'ดูตะกร้า',
      cartTitle: 'ตะกร้าของคุณ', cartEmpty: 'ตะกร้าว่างเปล่า', keepShopping: 'เลือกซื้อต่อ', remove: 'นำออก',
      total: 'ยอดรวม', placeOrder: 'สั่งซื้อ', placing: 'กำลังสั่งซื้อ…', retry: 'ลองอีกครั้ง',
      orderTitle: 'คำสั่งซื้อ #{0}', orderThanks: 'ขอบคุณ! คำสั่งซื้อของคุณถูกจองไว้ถึง {0}', orderStatus: 'สถานะ: {0}',
      payWith: 'ชำระด้วย {0}', payNotConfigured: 'ร้านนี้ยังไม่เปิดชำระเงินออนไลน์ ร้านจะติดต่อคุณเพื่อชำระเงิน',
      payScan: 'สแกนคิวอาร์พร้อมเพย์นี้ด้วยแอปธนาคารเพื่อชำระ {0}', payContinue: 'ไปที่หน้าชำระเงิน',
      paid: 'ชำระเงินแล้ว ขอบคุณ!', payPending: 'กำลังรอยืนยันการชำระเงิน…',
      errNetwork: 'ติดต่อร้านไม่ได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
      errNetworkOrder: 'การเชื่อมต่อขาดก่อนร้านตอบกลับ คำสั่งซื้ออาจสำเร็จแล้ว กดลองอีกครั้งได้เลย ระบบจะไม่สั่งซ้ำ',
      errBusy: 'ขณะนี้ร้านมีผู้ใช้งานมาก ลองอีกครั้งใน {0} วินาที ระบบจะไม่สั่งซ้ำ',
      errDatabase: 'ร้านรับคำสั่งซื้อไม่ได้ชั่วคราว ลองอีกครั้งใน {0} วินาที',
      errOutOfStock: 'ขออภัย “{0}” เหลือไม่พอ{1} ลดจำนวนหรือนำออกจากตะกร้า แล้วสั่งซื้ออีกครั้ง',
      errOnlyLeft: ' (เหลือ {0} ชิ้น)',
      errUnknownSku: '“{0}” ไม่มีขายแล้ว นำออกจากตะกร้าแล้วสั่งซื้ออีกครั้ง',
      errKeyReused: 'การสั่งซื้อนี้ถูกใช้กับตะกร้าอื่นแล้ว กด “สั่งซื้อ” อีกครั้งเพื่อสั่งตะกร้านี้',
      errGeneric: 'เกิดข้อผิดพลาด ({0}) ลองอีกครั้งในอีกสักครู่', errNotFound: 'ไม่มีสินค้านี้ (แล้ว)',
      errOrderNotFound: 'ไม่มีคำสั่งซื้อ #{0}', statusReserved: 'จองแล้ว', statusPaid: 'ชำระแล้ว', statusCancelled: 'ยกเลิกแล้ว', statusExpired: 'หมดเวลา',
      langButton: 'EN', langLabel: 'English',
    },
  };
  const PAGE_SIZE = 20;
  const SEARCH_DELAY_MS = 250;

  let lang = localStorage.getItem('lang') || ((navigator.language || '').startsWith('th') ? 'th' : 'en');
  const t = (key, ...args) => (STRINGS[lang][key] || STRINGS.en[key] || key).replace(/\{(\d)\}/g, (_, i) => args[i]);
  const $ = (sel) => document.querySelector(sel);
  const main = $('#main');
  const money = (satang) => new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-TH', { style: 'currency', currency: 'THB', currencyDisplay: 'narrowSymbol' }).format(satang / 100);
  const productName = (p) => (lang === 'th' && p.name_th) ? p.name_th : p.name;
  const otherName = (p) => (lang === 'th' ? p.name : p.name_th) || '';
  const imageUrl = (sku) => '/images/' + encodeURIComponent(sku) + '.svg';

  // Builds an element: h('p', {class: 'x'}, 'text', child, ...). Text is always set as text, never HTML.
  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'class') el.className = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
    return el;
  }

  // ---- The store API ------------------------------------------------------------------------------
  class ApiError extends Error {
    constructor(status, body, retryAfter) {
      super(body.error || ('HTTP ' + status));
      this.status = status; this.kind = body.kind || (status === 0 ? 'network' : 'http'); this.body = body;
      this.retryAfter = retryAfter;
    }
  }
  async function api(path, options = {}) {
    let res;
    try {
      res = await fetch(path, options);
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ApiError(0, {}, 0);
    }
    let body = {};
    try { body = await res.json(); } catch (e) { if (e.name === 'AbortError') throw e; }
    if (!res.ok) throw new ApiError(res.status, body, Number(res.headers.get('Retry-After')) || 1);
    return { status: res.status, body };
  }
  const isAbort = (e) => e && e.name === 'AbortError';

  // ---- Status line and alerts -------------------------------------------------------------------------
  function say(text) { $('#status').textContent = text; }
  function alertBox(message, actions = []) {
    const box = $('#alert');
    box.replaceChildren(h('p', { style: 'margin:0' }, message), ...actions);
    box.hidden = false;
  }
  function clearAlert() { $('#alert').hidden = true; $('#alert').replaceChildren(); }
  function messageFor(e) {
    if (e.status === 0) return t('errNetwork');
    if (e.status === 503) return e.kind === 'busy' ? t('errBusy', e.retryAfter) : t('errDatabase', e.retryAfter);
    return t('errGeneric', e.body.error || e.status);
  }

  // ---- Cart (localStorage) -----------------------------------------------------------------------
  const cart = {
    lines() { try { return JSON.parse(localStorage.getItem('cart') || '[]'); } catch { return []; } },
    save(lines) { localStorage.setItem('cart', JSON.stringify(lines)); updateCartBadge(); },
    add(product, qty) {
      const lines = cart.lines();
      const line = lines.find((l) => l.sku === product.sku);
      if (line) line.qty = Math.min(1000, line.qty + qty);
      else lines.push({ sku: product.sku, name: product.name, name_th: product.name_th, price_satang: product.price_satang, qty });
      cart.save(lines);
    },
    setQty(sku, qty) { cart.save(cart.lines().map((l) => l.sku === sku ? { ...l, qty } : l).filter((l) => l.qty > 0)); },
    clear() { localStorage.removeItem('cart'); updateCartBadge(); },
  };
  function updateCartBadge() {
    const n = cart.lines().reduce((sum, l) => sum + l.qty, 0);
    $('#cart-count').textContent = String(n);
    $('#cart-link').setAttribute('aria-label', t('cart') + ': ' + n);
  }

  // The idempotency key of the checkout in progress: the same cart keeps its key across retries and
  // reloads; a changed cart gets a new one (the server refuses a key reused for different lines).
  function checkoutKeyFor(lines) {
    const fingerprint = JSON.stringify(lines.map((l) => [l.sku, l.qty]));
    try {
      const saved = JSON.parse(localStorage.getItem('checkout') || 'null');
      if (saved && saved.fingerprint === fingerprint) return saved.key;
    } catch { /* a damaged entry is replaced below */ }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const key = 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem('checkout', JSON.stringify({ key, fingerprint }));
    return key;
  }

  // ---- Views ----------------------------------------------------------------------------------------
  let pageAbort = null;   // the current view's requests, cancelled when the view changes
  function newView() {
    if (pageAbort) pageAbort.abort();
    pageAbort = new AbortController();
    clearAlert();
    return pageAbort.signal;
  }
  function focusHeading() { const h1 = main.querySelector('h1'); if (h1) { h1.tabIndex = -1; h1.focus({ preventScroll: false }); } }

  function productCard(p) {
    const available = Number(p.available);
    return h('li', { class: 'card' },
      h('a', { href: '#/p/' + encodeURIComponent(p.sku) },
        h('img', { src: imageUrl(p.sku), alt: '', width: 200, height: 200, loading: 'lazy' }),
        h('div', { class: 'name' }, productName(p)),
        otherName(p) ? h('div', { class: 'name-th', lang: lang === 'th' ? 'en' : 'th' }, otherName(p)) : null,
        h('div', { class: 'price' }, money(p.price_satang)),
        h('div', { class: 'stock' + (available > 0 ? '' : ' out') }, available > 0 ? t('inStock', available) : t('outOfStock'))));
  }

  let browsePage = 0;
  async function showHome(signal) {
    browsePage = 0;
    const list = h('ul', { class: 'grid', 'aria-label': t('products') });
    const more = h('div', { class: 'more' });
    main.replaceChildren(h('h1', {}, t('products')), list, more);
    await loadMore(list, more, signal);
  }
  async function loadMore(list, more, signal) {
    more.replaceChildren(h('p', { class: 'loading' }, t('loading')));
    try {
      const { body } = await api(`/products?page=${browsePage + 1}&per_page=${PAGE_SIZE}`, { signal });
      browsePage = body.page;
      list.append(...body.items.map(productCard));
      say(t('shown', list.children.length));
      more.replaceChildren();
      if (browsePage * body.per_page < body.total)
        more.append(h('button', { class: 'btn', type: 'button', onclick: () => loadMore(list, more, signal) }, t('loadMore')));
      markUsable();
    } catch (e) {
      if (isAbort(e)) return;
      more.replaceChildren();
      alertBox(messageFor(e), [h('button', { class: 'btn', type: 'button', onclick: () => { clearAlert(); loadMore(list, more, signal); } }, t('retry'))]);
    }
  }

  // Search as you type: waits for a pause in typing, cancels the request a newer query replaces, and
  // shows only the answer to the latest query.
  let searchTimer = 0;
  let searchAbort = null;
  let searchSeq = 0;
  function onSearchInput() {
    clearTimeout(searchTimer);
    const q = $('#q').value.trim();
    searchTimer = setTimeout(() => {
      const target = q ? '#/search/' + encodeURIComponent(q) : '#/';
      if (location.hash !== target) history.replaceState(null, '', target);
      route({ fromSearchBox: true });
    }, SEARCH_DELAY_MS);
  }
  async function showSearch(q) {
    if (searchAbort) searchAbort.abort();
    searchAbort = new AbortController();
    const seq = ++searchSeq;
    if ($('#q').value.trim() !== q) $('#q').value = q;
    say(t('searching'));
    try {
      const { body } = await api('/search?limit=40&q=' + encodeURIComponent(q), { signal: searchAbort.signal });
      if (seq !== searchSeq) return;
      clearAlert();
      const heading = h('h1', {}, t('results', q));
      if (body.items.length === 0) {
        main.replaceChildren(heading, h('p', { class: 'empty' }, t('noResults', q)));
      } else {
        main.replaceChildren(heading, h('ul', { class: 'grid', 'aria-label': t('results', q) }, body.items.map(productCard)));
      }
      say(t('found', body.items.length));
      markUsable();
    } catch (e) {
      if (isAbort(e) || seq !== searchSeq) return;
      say('');
      alertBox(messageFor(e), [h('button', { class: 'btn', type: 'button', onclick: () => { clearAlert(); showSearch(q); } }, t('retry'))]);
    }
  }

  async function showProduct(sku, signal) {
    main.replaceChildren(h('p', { class: 'loading' }, t('loading')));
    let p;
    try {
      ({ body: p } = await api('/products/' + encodeURIComponent(sku), { signal }));
    } catch (e) {
      if (isAbort(e)) return;
      main.replaceChildren(h('a', { class: 'back', href: '#/' }, t('back')));
      alertBox(e.status === 404 ? t('errNotFound') : messageFor(e));
      return;
    }
    const available = Number(p.available);
    const qty = h('input', { id: 'qty', type: 'number', inputmode: 'numeric', min: 1, max: Math.max(1, Math.min(1000, available)), value: 1 });
    const step = (d) => { qty.value = String(Math.max(1, Math.min(Number(qty.max), (Number(qty.value) || 1) + d))); };
    const added = h('p', { role: 'status' });
    main.replaceChildren(
      h('a', { class: 'back', href: '#/' }, t('back')),
      h('article', { class: 'product' },
        h('img', { src: imageUrl(p.sku), alt: productName(p), width: 400, height: 400 }),
        h('div', {},
          h('h1', {}, productName(p)),
          otherName(p) ? h('p', { lang: lang === 'th' ? 'en' : 'th' }, otherName(p)) : null,
          h('p', { class: 'price' }, money(p.price_satang)),
          h('p', { class: 'stock' + (available > 0 ? '' : ' out') }, available > 0 ? t('inStock', available) : t('outOfStock')),
          h('div', { class: 'qty' },
            h('label', { for: 'qty' }, t('qty')),
            h('button', { class: 'btn', type: 'button', 'aria-label': t('less'), onclick: () => step(-1) }, '−'),
            qty,
            h('button', { class: 'btn', type: 'button', 'aria-label': t('more'), onclick: () => step(1) }, '+')),
          h('button', {
            class: 'btn primary wide', type: 'button', id: 'add-to-cart', disabled: available <= 0,
            onclick: () => {
              const n = Math.max(1, Math.min(1000, Math.floor(Number(qty.value) || 1)));
              cart.add(p, n);
              added.replaceChildren(t('added', n, productName(p)), ' ', h('a', { href: '#/cart' }, t('viewCart')));
            },
          }, t('addToCart')),
          added)));
  }

  function showCart() {
    const lines = cart.lines();
    if (lines.length === 0) {
      main.replaceChildren(h('h1', {}, t('cartTitle')), h('p', { class: 'empty' }, t('cartEmpty')),
        h('a', { class: 'btn', href: '#/' }, t('keepShopping')));
      return;
    }
    const total = lines.reduce((sum, l) => sum + l.qty * l.price_satang, 0);
    const place = h('button', { class: 'btn primary wide', type: 'button', id: 'place-order', onclick: () => placeOrder(place) }, t('placeOrder'));
    main.replaceChildren(
      h('h1', {}, t('cartTitle')),
      h('ul', { class: 'lines' }, lines.map((l) => h('li', { class: 'line', 'data-sku': l.sku },
        h('img', { src: imageUrl(l.sku), alt: '', width: 64, height: 64 }),
        h('div', {},
          h('div', { class: 'name' }, productName(l)),
          h('div', {}, money(l.price_satang)),
          h('div', { class: 'controls' },
            h('button', { class: 'btn', type: 'button', 'aria-label': t('less') + ': ' + productName(l), onclick: () => { cart.setQty(l.sku, l.qty - 1); showCart(); } }, '−'),
            h('span', { class: 'qtyv', 'aria-label': t('qty') }, l.qty),
            h('button', { class: 'btn', type: 'button', 'aria-label': t('more') + ': ' + productName(l), onclick: () => { cart.setQty(l.sku, Math.min(1000, l.qty + 1)); showCart(); } }, '+'),
            h('button', { class: 'btn', type: 'button', onclick: () => { cart.setQty(l.sku, 0); showCart(); } }, t('remove'))))))),
      h('p', { class: 'total' }, h('span', {}, t('total')), h('span', { id: 'cart-total' }, money(total))),
      place);
  }

  async function placeOrder(button) {
    const lines = cart.lines();
    if (lines.length === 0) return;
    const key = checkoutKeyFor(lines);
    button.disabled = true;
    clearAlert();
    say(t('placing'));
    try {
      const { body } = await api('/orders', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ lines: lines.map((l) => ({ sku: l.sku, qty: l.qty })), idempotency_key: key }),
      });
      cart.clear();
      localStorage.removeItem('checkout');
      say('');
      location.hash = '#/order/' + body.id;
    } catch (e) {
      button.disabled = false;
      say('');
      checkoutFailed(e, lines, button);
    }
  }
  async function checkoutFailed(e, lines, button) {
    const retry = h('button', { class: 'btn', type: 'button', id: 'retry-order', onclick: () => placeOrder(button) }, t('retry'));
    const line = lines.find((l) => l.sku === e.body.sku);
    const name = line ? productName(line) : (e.body.sku || '');
    if (e.status === 0) return alertBox(t('errNetworkOrder'), [retry]);
    if (e.status === 503) return alertBox(messageFor(e), [retry]);
    if (e.status === 409 && e.kind === 'out_of_stock') {
      let left = '';
      try { const { body } = await api('/products/' + encodeURIComponent(e.body.sku)); left = t('errOnlyLeft', Math.max(0, body.available)); } catch { /* the message stands without it */ }
      return alertBox(t('errOutOfStock', name, left));
    }
    if (e.status === 422 && e.kind === 'unknown_sku') {
      return alertBox(t('errUnknownSku', name), [h('button', { class: 'btn', type: 'button', onclick: () => { cart.setQty(e.body.sku, 0); showCart(); } }, t('remove'))]);
    }
    if (e.status === 422 && e.kind === 'idempotency_key_reused') {
      localStorage.removeItem('checkout');
      return alertBox(t('errKeyReused'));
    }
    return alertBox(messageFor(e), [retry]);
  }

  async function showOrder(id, signal) {
    main.replaceChildren(h('p', { class: 'loading' }, t('loading')));
    let order;
    try {
      ({ body: order } = await api('/orders/' + encodeURIComponent(id), { signal }));
    } catch (e) {
      if (isAbort(e)) return;
      main.replaceChildren();
      alertBox(e.status === 404 ? t('errOrderNotFound', id) : messageFor(e));
      return;
    }
    const statusKey = 'status' + order.status.charAt(0).toUpperCase() + order.status.slice(1);
    const pay = h('div', { class: 'pay' });
    main.replaceChildren(
      h('section', { class: 'done', id: 'order', 'data-order-id': order.id },
        h('h1', {}, t('orderTitle', order.id)),
        h('p', {}, t('orderStatus', t(statusKey))),
        order.status === 'reserved' ? h('p', {}, t('orderThanks', new Date(order.expires_at).toLocaleTimeString(lang === 'th' ? 'th-TH' : 'en-GB'))) : null,
        h('ul', { class: 'lines' }, order.lines.map((l) => h('li', {}, `${l.qty} × ${l.name} — ${money(l.unit_price_satang * l.qty)}`))),
        h('p', { class: 'total' }, h('span', {}, t('total')), h('span', {}, money(order.total_satang))),
        pay));
    if (order.status === 'reserved') showPayment(order, pay, signal);
  }

  async function showPayment(order, box, signal) {
    let methods;
    try {
      ({ body: { methods } } = await api('/payments/methods', { signal }));
    } catch (e) {
      if (isAbort(e)) return;
      box.replaceChildren(h('p', {}, e.kind === 'payments_not_configured' ? t('payNotConfigured') : messageFor(e)));
      return;
    }
    const usable = methods.filter((m) => m.available && m.method !== 'card');   // cards need a gateway's card form
    box.replaceChildren(...usable.map((m) => h('button', {
      class: 'btn primary wide', type: 'button', style: 'margin-top:8px', onclick: () => pay(order, m.method, box),
    }, t('payWith', m.method === 'promptpay' ? 'PromptPay' : m.method))));
  }
  async function pay(order, method, box) {
    try {
      const { body } = await api(`/orders/${order.id}/pay`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, idempotency_key: `pay-${order.id}-${method}` }),
      });
      if (body.order_paid) return box.replaceChildren(h('p', {}, t('paid')));
      const parts = [];
      if (body.promptpay && body.promptpay.png_base64)
        parts.push(h('p', {}, t('payScan', money(order.total_satang))),
          h('div', { class: 'qr' }, h('img', { src: 'data:image/png;base64,' + body.promptpay.png_base64, alt: 'PromptPay QR' })));
      if (body.redirect_url) parts.push(h('a', { class: 'btn primary wide', href: body.redirect_url }, t('payContinue')));
      if (parts.length === 0) parts.push(h('p', {}, t('payPending')));
      box.replaceChildren(...parts);
    } catch (e) {
      alertBox(messageFor(e));
    }
  }

  // ---- Routing --------------------------------------------------------------------------------------
  function route(options = {}) {
    const hash = location.hash.replace(/^#\/?/, '');
    const [view, ...rest] = hash.split('/');
    const arg = decodeURIComponent(rest.join('/'));
    if (view === 'search' && arg) return showSearch(arg);   // keeps the search box focused
    if (searchAbort) { searchAbort.abort(); searchAbort = null; ++searchSeq; }
    const signal = newView();
    say('');
    const shown = view === 'p' ? showProduct(arg, signal)
      : view === 'cart' ? showCart()
        : view === 'order' ? showOrder(arg, signal)
          : showHome(signal);
    if (!options.fromSearchBox) Promise.resolve(shown).then(() => { if (view) focusHeading(); });
    if (!options.fromSearchBox && view !== 'search') $('#q').value = '';
    return shown;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
    for (const el of document.querySelectorAll('[data-t-placeholder]')) el.placeholder = t(el.dataset.tPlaceholder);
    $('#lang').textContent = t('langButton');
    $('#lang').setAttribute('aria-label', t('langLabel'));
    $('#lang').lang = lang === 'th' ? 'en' : 'th';
    updateCartBadge();
  }

  // The page counts as usable once the search box answers and the first products are on screen:
  // the mark the browser test reads (performance.getEntriesByName('storefront-usable')).
  let usable = false;
  function markUsable() {
    if (usable) return;
    usable = true;
    performance.mark('storefront-usable');
    document.documentElement.dataset.ready = 'usable';
  }

  function start() {
    applyLanguage();
    $('#q').addEventListener('input', onSearchInput);
    $('#search-form').addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(searchTimer); onSearchInputNow(); });
    $('#lang').addEventListener('click', () => { lang = lang === 'th' ? 'en' : 'th'; localStorage.setItem('lang', lang); applyLanguage(); route({ fromSearchBox: true }); });
    window.addEventListener('hashchange', () => route());
    window.addEventListener('storage', updateCartBadge);
    const query = new URLSearchParams(location.search).get('q');   // the form's no-script fallback
    if (query && !location.hash) history.replaceState(null, '', '/#/search/' + encodeURIComponent(query));
    route({ fromSearchBox: true });
  }
  function onSearchInputNow() {
    const q = $('#q').value.trim();
    history.replaceState(null, '', q ? '#/search/' + encodeURIComponent(q) : '#/');
    route({ fromSearchBox: true });
  }

  start();
})();
