# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QRadioButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PrintDialog(object):
    def setupUi(self, PrintDialog):
        if not PrintDialog.objectName():
            PrintDialog.setObjectName(u"PrintDialog")
        PrintDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(PrintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(PrintDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.by_connector = QRadioButton(PrintDialog)
        self.street_group = QButtonGroup(PrintDialog)
        self.street_group.setObjectName(u"street_group")
        self.street_group.addButton(self.by_connector)
        self.by_connector.setObjectName(u"by_connector")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.by_connector)

        self.connector = QComboBox(PrintDialog)
        self.connector.setObjectName(u"connector")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.connector)

        self.by_street = QRadioButton(PrintDialog)
        self.street_group.addButton(self.by_street)
        self.by_street.setObjectName(u"by_street")

        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.by_street)

        self.template_label = QLabel(PrintDialog)
        self.template_label.setObjectName(u"template_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template = QComboBox(PrintDialog)
        self.template.setObjectName(u"template")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.template)

        self.streets_hint = QLabel(PrintDialog)
        self.streets_hint.setObjectName(u"streets_hint")

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.streets_hint)

        self.street_list = QListWidget(PrintDialog)
        self.street_list.setObjectName(u"street_list")
        self.street_list.setMinimumSize(QSize(0, 140))

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.street_list)

        self.not_home = QCheckBox(PrintDialog)
        self.not_home.setObjectName(u"not_home")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.not_home)

        self.todo = QCheckBox(PrintDialog)
        self.todo.setObjectName(u"todo")

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.todo)

        self.compact = QCheckBox(PrintDialog)
        self.compact.setObjectName(u"compact")

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.compact)

        self.blank_cards = QRadioButton(PrintDialog)
        self.card_group = QButtonGroup(PrintDialog)
        self.card_group.setObjectName(u"card_group")
        self.card_group.addButton(self.blank_cards)
        self.blank_cards.setObjectName(u"blank_cards")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.blank_cards)

        self.sheets = QSpinBox(PrintDialog)
        self.sheets.setObjectName(u"sheets")
        self.sheets.setMinimum(1)
        self.sheets.setMaximum(500)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sheets)

        self.named_cards = QRadioButton(PrintDialog)
        self.card_group.addButton(self.named_cards)
        self.named_cards.setObjectName(u"named_cards")

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.named_cards)

        self.qr_kind_label = QLabel(PrintDialog)
        self.qr_kind_label.setObjectName(u"qr_kind_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.qr_kind_label)

        self.qr_kind = QComboBox(PrintDialog)
        self.qr_kind.addItem("")
        self.qr_kind.addItem("")
        self.qr_kind.addItem("")
        self.qr_kind.setObjectName(u"qr_kind")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.qr_kind)

        self.qr_value_label = QLabel(PrintDialog)
        self.qr_value_label.setObjectName(u"qr_value_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.qr_value_label)

        self.qr_value = QLineEdit(PrintDialog)
        self.qr_value.setObjectName(u"qr_value")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.qr_value)

        self.project_label = QLabel(PrintDialog)
        self.project_label.setObjectName(u"project_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.project_label)

        self.project_title = QLabel(PrintDialog)
        self.project_title.setObjectName(u"project_title")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.project_title)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PrintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.buttons)


        self.retranslateUi(PrintDialog)
        self.buttons.accepted.connect(PrintDialog.accept)
        self.buttons.rejected.connect(PrintDialog.reject)

        QMetaObject.connectSlotsByName(PrintDialog)
    # setupUi

    def retranslateUi(self, PrintDialog):
        self.by_connector.setText(QCoreApplication.translate("PrintDialog", u"De straten van verbinder", None))
        self.by_street.setText(QCoreApplication.translate("PrintDialog", u"Deze straten", None))
        self.template_label.setText(QCoreApplication.translate("PrintDialog", u"Sjabloon", None))
        self.streets_hint.setText(QCoreApplication.translate("PrintDialog", u"Straten (geen vinkje: alle straten)", None))
        self.not_home.setText(QCoreApplication.translate("PrintDialog", u"Alleen wie twee keer niet thuis was", None))
#if QT_CONFIG(tooltip)
        self.todo.setToolTip(QCoreApplication.translate("PrintDialog", u"Alleen wie nog niet bezocht is, niet thuis was, gesproken is of ge\u00efnteresseerd is; niet wie meedoet, nee zei of geen bezoek wil.", None))
#endif // QT_CONFIG(tooltip)
        self.todo.setText(QCoreApplication.translate("PrintDialog", u"Alleen nog te doen", None))
        self.compact.setText(QCoreApplication.translate("PrintDialog", u"Compact: \u00e9\u00e9n regel per deur, minder pagina's", None))
        self.blank_cards.setText(QCoreApplication.translate("PrintDialog", u"Lege kaarten", None))
        self.sheets.setSuffix(QCoreApplication.translate("PrintDialog", u" vel (4 kaarten per vel)", None))
        self.named_cards.setText(QCoreApplication.translate("PrintDialog", u"E\u00e9n kaart per huishouden dat twee keer niet thuis was", None))
        self.qr_kind_label.setText(QCoreApplication.translate("PrintDialog", u"QR-code", None))
        self.qr_kind.setItemText(0, QCoreApplication.translate("PrintDialog", u"geen QR-code", None))
        self.qr_kind.setItemText(1, QCoreApplication.translate("PrintDialog", u"naar een website", None))
        self.qr_kind.setItemText(2, QCoreApplication.translate("PrintDialog", u"belt een telefoonnummer", None))

        self.qr_value_label.setText(QCoreApplication.translate("PrintDialog", u"Link of nummer", None))
        self.project_label.setText(QCoreApplication.translate("PrintDialog", u"Project", None))
        pass
    # retranslateUi

