# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'street_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AddStreetDialog(object):
    def setupUi(self, AddStreetDialog):
        if not AddStreetDialog.objectName():
            AddStreetDialog.setObjectName(u"AddStreetDialog")
        self.main_layout = QVBoxLayout(AddStreetDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(AddStreetDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(AddStreetDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.range_label = QLabel(AddStreetDialog)
        self.range_label.setObjectName(u"range_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.range_label)

        self.range = QLineEdit(AddStreetDialog)
        self.range.setObjectName(u"range")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.range)

        self.side_label = QLabel(AddStreetDialog)
        self.side_label.setObjectName(u"side_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.side_label)

        self.side = QComboBox(AddStreetDialog)
        self.side.addItem("")
        self.side.addItem("")
        self.side.addItem("")
        self.side.setObjectName(u"side")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.side)

        self.straight = QCheckBox(AddStreetDialog)
        self.straight.setObjectName(u"straight")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.straight)

        self.postcode_label = QLabel(AddStreetDialog)
        self.postcode_label.setObjectName(u"postcode_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.postcode = QLineEdit(AddStreetDialog)
        self.postcode.setObjectName(u"postcode")
        self.postcode.setPlaceholderText(u"1234 AB")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.postcode)

        self.place_label = QLabel(AddStreetDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(AddStreetDialog)
        self.place.setObjectName(u"place")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.place)


        self.main_layout.addLayout(self.form)

        self.error = QLabel(AddStreetDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(AddStreetDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.range_label.setBuddy(self.range)
        self.side_label.setBuddy(self.side)
        self.postcode_label.setBuddy(self.postcode)
        self.place_label.setBuddy(self.place)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddStreetDialog)
        self.buttons.accepted.connect(AddStreetDialog.accept)
        self.buttons.rejected.connect(AddStreetDialog.reject)

        QMetaObject.connectSlotsByName(AddStreetDialog)
    # setupUi

    def retranslateUi(self, AddStreetDialog):
        AddStreetDialog.setWindowTitle(QCoreApplication.translate("AddStreetDialog", u"Straat toevoegen", None))
        self.name_label.setText(QCoreApplication.translate("AddStreetDialog", u"Straatnaam:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("AddStreetDialog", u"bijv. Dorpsstraat", None))
        self.range_label.setText(QCoreApplication.translate("AddStreetDialog", u"Huisnummers:", None))
        self.range.setPlaceholderText(QCoreApplication.translate("AddStreetDialog", u"bijv. 1-59", None))
        self.side_label.setText(QCoreApplication.translate("AddStreetDialog", u"Kant:", None))
        self.side.setItemText(0, QCoreApplication.translate("AddStreetDialog", u"alle nummers", None))
        self.side.setItemText(1, QCoreApplication.translate("AddStreetDialog", u"alleen oneven", None))
        self.side.setItemText(2, QCoreApplication.translate("AddStreetDialog", u"alleen even", None))

        self.straight.setText(QCoreApplication.translate("AddStreetDialog", u"doorlopend genummerd (bijv. een plein)", None))
        self.postcode_label.setText(QCoreApplication.translate("AddStreetDialog", u"Postcode:", None))
        self.place_label.setText(QCoreApplication.translate("AddStreetDialog", u"Plaats:", None))
    # retranslateUi

