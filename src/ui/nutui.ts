// NutUI components, each with its own stylesheet: the global sheet alone costs ~230 KB of wxss
// (DESIGN.md §1). Import NutUI from here only.
import Button from '@nutui/nutui-react-taro/dist/esm/Button'
import '@nutui/nutui-react-taro/dist/esm/Button/style/css'
import Cell from '@nutui/nutui-react-taro/dist/esm/Cell'
import '@nutui/nutui-react-taro/dist/esm/Cell/style/css'
import CellGroup from '@nutui/nutui-react-taro/dist/esm/CellGroup'
import '@nutui/nutui-react-taro/dist/esm/CellGroup/style/css'
import Tag from '@nutui/nutui-react-taro/dist/esm/Tag'
import '@nutui/nutui-react-taro/dist/esm/Tag/style/css'
import Empty from '@nutui/nutui-react-taro/dist/esm/Empty'
import '@nutui/nutui-react-taro/dist/esm/Empty/style/css'
import Input from '@nutui/nutui-react-taro/dist/esm/Input'
import '@nutui/nutui-react-taro/dist/esm/Input/style/css'

export { Button, Cell, CellGroup, Tag, Empty, Input }
