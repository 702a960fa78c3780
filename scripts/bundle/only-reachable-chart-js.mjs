// Chart.js's paths that our charts' options never take, left out of the self-contained bundles
// (rollup.config.mjs) and the builder's and embed's (builder/rollup.config.mjs): 7.7 KiB gzip. Each is an
// exact edit of Chart.js 4's source, checked when the bundles are built. npm users' bundlers get Chart.js
// whole; a page that changes a chart of the self-contained bundle through `element.chart` into one of these
// paths (curves, stacks, another interaction mode, a responsive chart, mirrored tick labels) gets straight,
// unstacked, nearest, unresponsive and plain instead, and an axis moved off the plot's edge loses its line and
// labels (README, "Attributes"). test/core/chart-js-paths.test.ts checks that our options take
// none of them; test/bundle drives both bundles through every chart, key, pointer and update, and
// same-pixels.test.ts finds the bundle drawing what the modules, with Chart.js whole, draw.

/**
 * Exact edits of one of Chart.js's files, for the self-contained bundles: each `[from, to, replacement]`
 * replaces the text from `from` through the first `to` after it (`to` null: `from` alone). The build fails
 * if `from` is not found exactly once, if `to` is not found after it, or if the file is never transformed:
 * Chart.js's source has moved, and the edit must be looked at again. Lines removed are left blank, so
 * that every line after an edit keeps its place for the source map.
 */
function chartJsEdits(name, file, edits) {
  const pattern = new RegExp(
    `[\\\\/]chart\\.js[\\\\/]dist[\\\\/]${file.replace(/[./]/g, (c) => (c === '/' ? '[\\\\/]' : '\\.'))}$`,
  );
  const lines = (text) => text.split('\n').length - 1;
  let seen = false;
  return {
    name,
    transform(code, id) {
      if (!pattern.test(id)) return null;
      seen = true;
      for (const [from, to, replacement] of edits) {
        const start = code.indexOf(from);
        const end = to === null ? start + from.length : code.indexOf(to, start + from.length) + to.length;
        const missing = start < 0 || code.indexOf(from, start + 1) >= 0 || (to !== null && end < to.length);
        const removed = missing ? 0 : lines(code.slice(start, end)) - lines(replacement);
        if (missing || removed < 0)
          throw new Error(`${name}: Chart.js's ${file} is not as expected at "${from.trim().split('\n')[0]}"`);
        code = code.slice(0, start) + replacement + '\n'.repeat(removed) + code.slice(end);
      }
      return { code, map: null };
    },
    buildEnd(error) {
      if (!error && !seen) throw new Error(`${name}: Chart.js's ${file} was not in the bundle`);
    },
  };
}

/** Points: `pointStyle: 'circle'` (homeless-trend.chart), never an image: drawPoint's nine other shapes out. */
const onlyCirclePoints = () =>
  chartJsEdits('only-circle-points', 'chunks/index.js', [
    [
      "    if (style && typeof style === 'object') {\n        type = style.toString();",
      '        case false:\n            ctx.closePath();\n            break;\n    }\n',
      '    if (isNaN(radius) || radius <= 0) {\n        return;\n    }\n    ctx.beginPath();\n' +
        '    if (w) {\n        ctx.ellipse(x, y, w / 2, radius, 0, 0, TAU);\n    } else {\n' +
        '        ctx.arc(x, y, radius, 0, TAU);\n    }\n    ctx.closePath();\n',
    ],
  ]);

/**
 * Interaction: `mode: 'nearest', axis: 'x', intersect: false`, lines with `spanGaps: false` (chart-options): the
 * modes index, dataset, point, x, y, the radial search, and the search's steps for intersecting and gaps out.
 */
const onlyNearestInteraction = () =>
  chartJsEdits('only-nearest-interaction', 'chart.js', [
    [
      "    return axis === 'r' && !intersect ? getNearestRadialItems(chart, position, axis, useFinalPosition) : getNearestCartesianItems(",
      null,
      '    return getNearestCartesianItems(',
    ],
    [
      ' index (chart, e, options, useFinalPosition) {',
      ' nearest (chart, e, options, useFinalPosition) {',
      ' nearest (chart, e, options, useFinalPosition) {',
    ],
    [
      '            return getNearestItems(chart, position, axis, options.intersect, useFinalPosition, includeInvisible);\n        },\n x (chart,',
      "            return getAxisItems(chart, position, 'y', options.intersect, useFinalPosition);\n        }\n",
      '            return getNearestItems(chart, position, axis, options.intersect, useFinalPosition, includeInvisible);\n        }\n',
    ],
    // Not `intersect` (whose narrower search was only quicker) and no `spanGaps` (lines break at a gap).
    [
      '    const spanGaps = metaset.dataset ? metaset.dataset.options ? metaset.dataset.options.spanGaps : null : null;\n',
      null,
      '',
    ],
    [
      '            const result = lookupMethod(data, axis, value);\n            if (spanGaps) {',
      '                    hi: end.hi\n                };\n            }\n        }\n',
      '            return lookupMethod(data, axis, value);\n        }\n',
    ],
  ]);

/** Lines: straight (no `tension`, `cubicInterpolationMode` or `stepped` set): Bézier and stepped drawing out. */
const onlyStraightLines = () =>
  chartJsEdits('only-straight-lines', 'chart.js', [
    [
      ' function getLineMethod(options) {\n    if (options.stepped) {',
      '    return lineTo;\n}\n',
      ' function getLineMethod(options) {\n    return lineTo;\n}\n',
    ],
    [
      "    const useFastPath = !line._decimated && !line._loop && !opts.tension && opts.cubicInterpolationMode !== 'monotone' && !opts.stepped && !borderDash;",
      null,
      '    const useFastPath = !line._decimated && !line._loop && !borderDash;',
    ],
    [
      ' function _getInterpolationMethod(options) {\n    if (options.stepped) {',
      '    return _pointInLine;\n}\n',
      ' function _getInterpolationMethod(options) {\n    return _pointInLine;\n}\n',
    ],
    [
      "        if ((options.tension || options.cubicInterpolationMode === 'monotone') && !options.stepped && !this._pointsUpdated) {",
      '            this._pointsUpdated = true;\n        }\n',
      '',
    ],
  ]);

/** Lines are never filled (the Filler plugin is not registered: chart-parts): LineElement's first, last and interpolate out. */
const noLineFilling = () =>
  chartJsEdits('no-line-filling', 'chart.js', [
    [
      ' first() {\n        const segments = this.segments;',
      ' pathSegment(ctx, segment, params) {',
      ' pathSegment(ctx, segment, params) {',
    ],
  ]);

/** Data: bars get numbers (or null), the line `parsing: false`: object, array and floating-bar parsing out. */
const onlyPrimitiveParsing = () =>
  chartJsEdits('only-primitive-parsing', 'chart.js', [
    [
      '            if (isArray(data[start])) {\n                parsed = this.parseArrayData(meta, data, start, count);',
      '                parsed = this.parsePrimitiveData(meta, data, start, count);\n            }\n',
      '            parsed = this.parsePrimitiveData(meta, data, start, count);\n',
    ],
    [
      ' parsePrimitiveData(meta, data, start, count) {\n        const { iScale , vScale  } = meta;',
      ' getParsed(index) {',
      ' getParsed(index) {',
    ],
    [
      ' parseArrayData(meta, data, start, count) {\n        return parseArrayOrPrimitive(meta, data, start, count);\n    }\n parseObjectData(',
      ' updateRangeFromParsed(range, scale, parsed, stack) {\n        super.',
      ' updateRangeFromParsed(range, scale, parsed, stack) {\n        super.',
    ],
    [
      '    if (isArray(entry)) {\n        parseFloatBar(entry, item, vScale, i);\n    } else {\n        item[vScale.axis] = vScale.parse(entry, i);\n    }',
      null,
      '    item[vScale.axis] = vScale.parse(entry, i);',
    ],
    [
      '        if (isObject(data)) {\n            const meta = this._cachedMeta;\n            this._data = convertObjectDataToArray(data, meta);\n        } else if (_data !== data) {',
      null,
      '        if (_data !== data) {',
    ],
  ]);

/** Never stacked (no scale sets `stacked`, no dataset `stack`): the stacking helpers stubbed. */
const noStacking = () =>
  chartJsEdits('no-stacking', 'chart.js', [
    [
      'function isStacked(scale, meta) {\n    const stacked = scale && scale.options.stacked;\n    return stacked || stacked === undefined && meta.stack !== undefined;\n}',
      null,
      'function isStacked() {\n    return false;\n\n}',
    ],
    [
      'function updateStacks(controller, parsed) {\n    const { chart , _cachedMeta: meta  } = controller;',
      '        visualValues[datasetIndex] = value;\n    }\n}\n',
      'function updateStacks() {}\n',
    ],
    [
      'function clearStacks(meta, items) {\n    const datasetIndex = meta.controller.index;',
      '\n    }\n}\n',
      'function clearStacks() {}\n',
    ],
    [
      'function applyStack(stack, value, dsIndex, options = {}) {\n    const keys = stack.keys;',
      '    return value;\n}\n',
      'function applyStack(stack, value) {\n    return value;\n}\n',
    ],
    [
      ' applyStack(scale, parsed, mode) {\n        const chart = this.chart;',
      '            mode\n        });\n    }\n',
      '',
    ],
  ]);

/**
 * Chart.js's labels for its Tooltip plugin (not registered; our tooltip is core/point-tooltip) and its
 * numeric tick labels (both linear axes give `ticks.callback`: chart-options, homeless-trend.chart) out.
 */
const noChartJsLabels = () =>
  chartJsEdits('no-chart-js-labels', 'chart.js', [
    [
      ' getLabelAndValue(index) {\n        const meta = this._cachedMeta;\n        const iScale = meta.iScale;',
      ' _update(mode) {',
      ' _update(mode) {',
    ],
    [
      ' getLabelAndValue(index) {\n        const meta = this._cachedMeta;\n        const { iScale , vScale  } = meta;\n        const parsed = this.getParsed(index);\n        const custom',
      '    initialize() {',
      '    initialize() {',
    ],
    [
      '    getLabelForValue(value) {\n        return formatNumber(value, this.chart.options.locale, this.options.ticks.format);\n    }\n',
      null,
      '',
    ],
    [
      "    static id = 'linear';\n static defaults = {\n        ticks: {\n            callback: Ticks.formatters.numeric",
      null,
      "    static id = 'linear';\n static defaults = {\n        ticks: {\n            callback: Ticks.formatters.values",
    ],
  ]);

/** `responsive: false` (chart-options; chart-controller sizes the charts): Chart.js's container and pixel-ratio observers out. */
const notResponsive = () =>
  chartJsEdits('not-responsive', 'chart.js', [
    [
      '        if (this.options.responsive) {\n            this.bindResponsiveEvents();\n        } else {\n            this.attached = true;\n        }',
      null,
      '        this.attached = true;',
    ],
    [' bindResponsiveEvents() {\n        if (!this._responsiveListeners) {', ' unbindEvents() {', ' unbindEvents() {'],
    [
      '        const handlers = {\n            attach: createAttachObserver,',
      '        const handler = handlers[type] || createProxyAndListen;',
      '        const handler = createProxyAndListen;',
    ],
    [
      '        const handlers = {\n            attach: releaseObserver,',
      '        const handler = handlers[type] || removeListener;',
      '        const handler = removeListener;',
    ],
  ]);

/**
 * Bars: no `barThickness: 'flex'`, no `borderRadius`, no `minBarLength`, `borderSkipped: 'start'`, grouped, and
 * not `skipNull` (prevention-stats.chart, homeless-trend.chart); with no stacks and no floating bars (above), a
 * bar runs from its base to its value.
 */
const plainBars = () =>
  chartJsEdits('plain-bars', 'chart.js', [
    [
      "            const range = options.barThickness === 'flex' ? computeFlexCategoryTraits(index, ruler, options, stackCount * axisCount) : computeFitCategoryTraits(",
      null,
      '            const range = computeFitCategoryTraits(',
    ],
    [
      '        const addRectPath = hasRadius(outer.radius) ? addRoundedRectPath : addNormalRectPath;',
      null,
      '        const addRectPath = addNormalRectPath;',
    ],
    [
      '        const currentParsed = this._cachedMeta.controller.getParsed(dataIndex);\n' +
        '        const iScaleValue = currentParsed && currentParsed[iScale.axis];\n        const skipNull = (meta)=>{',
      '            if (dataIndex !== undefined && skipNull(meta)) {\n                continue;\n            }\n',
      '        for (const meta of metasets){\n',
    ],
    [
      '        const skipNull = options.skipNull;\n        const maxBarThickness',
      null,
      '        const maxBarThickness',
    ],
    [
      '        if (ruler.grouped) {\n            const stackCount = skipNull ? this._getStackCount(index) : ruler.stackCount;',
      null,
      '        {\n            const stackCount = ruler.stackCount;',
    ],
    [
      '            const stackIndex = this._getStackIndex(this.index, this._cachedMeta.stack, skipNull ? index : undefined) + axisNumber;',
      null,
      '            const stackIndex = this._getStackIndex(this.index, this._cachedMeta.stack) + axisNumber;',
    ],
    [
      '            size = Math.min(maxBarThickness, range.chunk * range.ratio);\n        } else {\n' +
        '            center = scale.getPixelForValue(this.getParsed(index)[scale.axis], index);\n' +
        '            size = Math.min(maxBarThickness, ruler.min * ruler.ratio);\n        }\n',
      null,
      '            size = Math.min(maxBarThickness, range.chunk * range.ratio);\n        }\n',
    ],
    [
      '    if (edge === true) {\n        properties.borderSkipped = {\n            top: true,',
      '            edge = top;\n        }\n    }\n',
      '    const { start , end , reverse  } = borderProps(properties);\n',
    ],
    [
      ' _calculateBarValuePixels(index) {\n        const { _cachedMeta: { vScale , _stacked , index: datasetIndex  } , options: { base: baseValue , minBarLength  }  } = this;',
      '        if (base === vScale.getPixelForValue(actualBase)) {',
      ' _calculateBarValuePixels(index) {\n        const { _cachedMeta: { vScale  } , options: { base: baseValue  }  } = this;\n' +
        '        const actualBase = baseValue || 0;\n        const value = this.getParsed(index)[vScale.axis];\n' +
        '        let head, size;\n        let base = vScale.getPixelForValue(isNullOrUndef(baseValue) ? 0 : baseValue);\n' +
        '        if (this.chart.getDataVisibility(index)) {\n            head = vScale.getPixelForValue(value);\n' +
        '        } else {\n            head = base;\n        }\n        size = head - base;\n' +
        '        if (base === vScale.getPixelForValue(actualBase)) {',
    ],
  ]);

/** Axis text: no label backdrop, stroke, underline or strike-through (cartesian defaults, never set). */
const plainText = () =>
  chartJsEdits('plain-text', 'chunks/index.js', [
    [
      '        if (opts.backdrop) {\n            drawBackdrop(ctx, opts.backdrop);\n        }\n        if (stroke) {',
      '            ctx.strokeText(line, x, y, opts.maxWidth);\n        }\n',
      '',
    ],
    ['        decorateText(ctx, x, y, line, opts);\n', null, ''],
    ["    const stroke = opts.strokeWidth > 0 && opts.strokeColor !== '';\n", null, ''],
  ]);

/**
 * Data arrays are never changed in place (each update gives new ones: drawing.ts): no array listeners, and no
 * record of the changes they made (which moved the indices of points hidden through `toggleDataVisibility`).
 */
const noArrayListeners = () =>
  chartJsEdits('no-array-listeners', 'chart.js', [
    [
      '            if (data && Object.isExtensible(data)) {\n                listenArrayEvents(data, this);\n            }\n',
      null,
      '',
    ],
    [
      '    _onDataPush() {\n        const count = arguments.length;',
      '            arguments.length\n        ]);\n    }\n',
      '',
    ],
    [' _sync(args) {\n        if (this._parsing) {', '            ...args\n        ]);\n    }\n', ''],
    [
      ' _updateHiddenIndices() {\n        const { _hiddenIndices  } = this;',
      '                count: +a[3]\n            }));\n    }\n',
      ' _updateHiddenIndices() {}\n',
    ],
  ]);

/** Always an HTML canvas (chart-element renders it): no OffscreenCanvas platform. */
const onlyDomPlatform = () =>
  chartJsEdits('only-dom-platform', 'chart.js', [
    [
      '        this.platform = new (config.platform || _detectPlatform(initialCanvas))();',
      null,
      '        this.platform = new (config.platform || DomPlatform)();',
    ],
  ]);

/**
 * Axes at an edge of the plot (no scale sets `position`: Chart.js puts x at the bottom, y on the left), never
 * at its centre or at another axis's value: those placements of the grid line, tick labels and title out.
 */
const axesAtEdges = () =>
  chartJsEdits('axes-at-edges', 'chart.js', [
    [
      "        } else if (axis === 'x') {\n            if (position === 'center') {\n                borderValue",
      '                borderValue = alignBorderValue(this.chart.scales[positionAxisID].getPixelForValue(value));\n            }\n            tx1',
      "        } else if (axis === 'x') {\n            y1 = chartArea.top;\n            y2 = chartArea.bottom;\n" +
        '            ty1 = borderValue + axisHalfWidth;\n            ty2 = ty1 + tl;\n' +
        "        } else if (axis === 'y') {\n            tx1",
    ],
    [
      "        } else if (axis === 'x') {\n            if (position === 'center') {\n                y = ",
      '            textAlign = this._getYAxisLabelAlignment(tl).textAlign;\n        }\n',
      '        }\n',
    ],
    [
      '        titleX = _alignStartEnd(align, left, right);\n        if (isObject(position)) {',
      '            titleY = offsetFromEdge(scale, position, offset);\n        }\n',
      '        titleX = _alignStartEnd(align, left, right);\n        titleY = offsetFromEdge(scale, position, offset);\n',
    ],
    [
      '    } else {\n        if (isObject(position)) {\n            const positionAxisID',
      '            titleX = offsetFromEdge(scale, position, offset);\n        }\n',
      '    } else {\n        titleX = offsetFromEdge(scale, position, offset);\n',
    ],
  ]);

/**
 * Tick labels outside the axis, aligned to it and centred on their tick (`ticks.mirror: false`, `crossAlign:
 * 'near'`, `align: 'center'`), with no backdrop (`showLabelBackdrop: false`; its drawing is out in plainText):
 * the other alignments and the backdrop's box out.
 */
const plainTickLabels = () =>
  chartJsEdits('plain-tick-labels', 'chart.js', [
    [
      '        const { align , crossAlign , padding , mirror  } = optionTicks;',
      null,
      '        const { align , padding  } = optionTicks;',
    ],
    [
      '        const hTickAndPadding = mirror ? -padding : tickAndPadding;',
      null,
      '        const hTickAndPadding = tickAndPadding;',
    ],
    [
      "                if (position === 'top') {\n                    if (crossAlign === 'near' || rotation !== 0) {",
      '                if (mirror) {\n                    textOffset *= -1;\n                }\n',
      "                textOffset = position === 'top' ? -lineCount * lineHeight + lineHeight / 2 : lineHeight / 2;\n",
    ],
    [
      '            let backdrop;\n            if (optsAtIndex.showLabelBackdrop) {',
      '                    color: optsAtIndex.backdropColor\n                };\n            }\n',
      '            let backdrop;\n',
    ],
    [
      '        const { position , ticks: { crossAlign , mirror , padding  }  } = this.options;\n        const labelSizes = this._getLabelSizes();',
      '        return {\n            textAlign,\n            x\n        };\n    }\n',
      '        const { position , ticks: { padding  }  } = this.options;\n        const tickAndPadding = tl + padding;\n' +
        "        let textAlign;\n        let x;\n        if (position === 'left') {\n" +
        "            x = this.right - tickAndPadding;\n            textAlign = 'right';\n" +
        "        } else if (position === 'right') {\n            x = this.left + tickAndPadding;\n" +
        "            textAlign = 'left';\n        } else {\n            textAlign = 'right';\n        }\n" +
        '        return {\n            textAlign,\n            x\n        };\n    }\n',
    ],
    [
      "        let align = 'center';\n        if (ticks.align === 'start') {",
      '        return align;\n    }\n',
      "        return 'center';\n    }\n",
    ],
    [
      "                if (textAlign === 'inner') {\n                    if (i === ilen - 1) {",
      "                        tickTextAlign = 'center';\n                    }\n                }\n",
      '',
    ],
    [
      "            } else if (align === 'start') {\n                paddingRight = last.width;",
      "            } else if (align !== 'inner') {\n",
      '            } else {\n',
    ],
    [
      "            if (align === 'start') {\n                paddingTop = 0;\n                paddingBottom = first.height;",
      '                paddingBottom = 0;\n            }\n',
      '',
    ],
    [
      "        if (axis === 'y') {\n            if (align === 'start') {\n                textBaseline = 'top';",
      "                textBaseline = 'bottom';\n            }\n        }\n",
      '',
    ],
  ]);

/**
 * Value axes' ticks at nice numbers, as many as `maxTicksLimit` allows (no scale sets `ticks.stepSize` or
 * `ticks.count`): ticks of a given step or number out.
 */
const niceTicks = () =>
  chartJsEdits('nice-ticks', 'chart.js', [
    [
      '        let { maxTicksLimit , stepSize  } = tickOpts;\n        let maxTicks;\n        if (stepSize) {',
      '            maxTicksLimit = maxTicksLimit || 11;\n        }\n',
      '        let { maxTicksLimit  } = tickOpts;\n        let maxTicks = this.computeTickLimit();\n        maxTicksLimit = maxTicksLimit || 11;\n',
    ],
    [
      '    if (minDefined && maxDefined && step && almostWhole((max - min) / step, spacing / 1000)) {',
      '        spacing = (niceMax - niceMin) / numSpaces;\n    } else {',
      '    {',
    ],
  ]);

/**
 * Every tick label measured and written (`ticks.sampleSize` is never set): the sampling of labels out.
 */
const noTickSampling = () =>
  chartJsEdits('no-tick-sampling', 'chart.js', [
    [
      '        const sampleSize = tickOpts.sampleSize;\n        this.beforeUpdate();',
      null,
      '        this.beforeUpdate();',
    ],
    [
      '        const samplingEnabled = sampleSize < this.ticks.length;\n        this._convertTicksToLabels(samplingEnabled ? sample(this.ticks, sampleSize) : this.ticks);',
      null,
      '        this._convertTicksToLabels(this.ticks);\n',
    ],
    ['        if (samplingEnabled) {\n            this._convertTicksToLabels(this.ticks);\n        }\n', null, ''],
    [
      '            const sampleSize = this.options.ticks.sampleSize;\n            let ticks = this.ticks;\n            if (sampleSize < ticks.length) {\n                ticks = sample(ticks, sampleSize);\n            }\n',
      null,
      '            const ticks = this.ticks;\n',
    ],
  ]);

/**
 * Colours are never blended: with the colour library's stand-in (scripts/bundle/no-colour-library.js), which
 * parses no colour, Chart.js's colour interpolator always gave the new colour, which it now gives at once.
 */
const noColourBlending = () =>
  chartJsEdits('no-colour-blending', 'chart.js', [
    [
      ' color (from, to, factor) {\n        const c0 = color(from || transparent);',
      '        return c1 && c1.valid ? c1.mix(c0, factor).hexString() : to;\n    },\n',
      ' color (from, to) {\n        return to;\n    },\n',
    ],
  ]);

/**
 * No major ticks (`ticks.major.enabled` is never set; only Chart.js's time scale, not registered, sets it): the
 * automatic skipping of tick labels keeps every n-th, without the search for major ticks to keep.
 */
const noMajorTicks = () =>
  chartJsEdits('no-major-ticks', 'chart.js', [
    [
      '    const majorIndices = tickOpts.major.enabled ? getMajorIndices(ticks) : [];',
      '    skip(ticks, newTicks, spacing);\n    return newTicks;\n}\n',
      '    const newTicks = [];\n    skip(ticks, newTicks, Math.max(ticks.length / ticksLimit, 1));\n    return newTicks;\n}\n',
    ],
    [
      ' function calculateSpacing(majorIndices, ticks, ticksLimit) {',
      '            next = majorIndices[count * spacing];\n        }\n    }\n}\n',
      '',
    ],
    [' function getEvenSpacing(arr) {\n', '    return diff;\n}\n', ''],
  ]);

/** The paths of Chart.js's that our options never take, left out of the self-contained bundles. */
export const onlyReachableChartJs = () => [
  onlyCirclePoints(),
  onlyNearestInteraction(),
  onlyStraightLines(),
  noLineFilling(),
  onlyPrimitiveParsing(),
  noStacking(),
  noChartJsLabels(),
  notResponsive(),
  plainBars(),
  plainText(),
  noArrayListeners(),
  onlyDomPlatform(),
  axesAtEdges(),
  plainTickLabels(),
  noMajorTicks(),
  noTickSampling(),
  niceTicks(),
  noColourBlending(),
];
