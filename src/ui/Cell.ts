// NutUI Cell and CellGroup with their stylesheets (see Button.ts).
import Cell from '@nutui/nutui-react-taro/dist/esm/Cell'
import '@nutui/nutui-react-taro/dist/esm/Cell/style/css'
import CellGroup from '@nutui/nutui-react-taro/dist/esm/CellGroup'
import '@nutui/nutui-react-taro/dist/esm/CellGroup/style/css'

export { Cell, CellGroup }
