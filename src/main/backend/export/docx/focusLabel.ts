/** How focus areas are named lives in shared/derive/focusAreaNames.ts (the PDF names them too). */
export * from '../../../../shared/derive/focusAreaNames'
